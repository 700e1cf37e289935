<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="80"/>
        <source>folder for new bundles</source>
        <translation>مجلد الحزم الجديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="81"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="84"/>
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>أقل من 4 غ.ب (أقراص FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="86"/>
        <source>Create bundle</source>
        <translation>إنشاء حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="88"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="99"/>
        <source>Copy to removable drive…</source>
        <translation>نسخ إلى قرص قابل للإزالة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="138"/>
        <source>{} captures not yet bundled</source>
        <translation>{} التقاط لم يُحزم بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="141"/>
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>لا يوجد مستلم في القيادة: لا يمكن إنشاء حزم قبل استيراد ملف التهيئة من القيادة (الإعدادات).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="147"/>
        <source>Folder for bundles</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="153"/>
        <source>Choose a folder for the bundles first.</source>
        <translation>اختر أولاً مجلداً للحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="169"/>
        <source>Created {} bundle(s).</source>
        <translation>أُنشئت {} حزمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="170"/>
        <source>Nothing to bundle.</source>
        <translation>لا شيء لحزمه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="195"/>
        <source>Choose the removable drive</source>
        <translation>اختر القرص القابل للإزالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="202"/>
        <source>Copied and verified: {}</source>
        <translation>نُسخ وتُحقّق منه: {}</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="37"/>
        <source>Take photo (Space)</source>
        <translation>التقاط صورة (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="41"/>
        <source>Read evidence tag (T)</source>
        <translation>قراءة رقم الحرز (T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="44"/>
        <source>Hold the tag&apos;s barcode or QR code to the camera; nothing is stored</source>
        <translation>قرّب الرمز الشريطي أو رمز QR للحرز من الكاميرا؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="58"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="60"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="91"/>
        <source>No camera found. Connect one, or import photos from the camera&apos;s card.</source>
        <translation>لم يُعثر على كاميرا. صِلْ واحدة، أو استورد الصور من بطاقتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="118"/>
        <source>The camera could not take it.</source>
        <translation>تعذّر على الكاميرا التقاطها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="120"/>
        <source>Live view; photos go into the current item.</source>
        <translation>عرض مباشر؛ تذهب الصور إلى الحرز الحالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="150"/>
        <source>Evidence tag read: {}</source>
        <translation>قُرئ رقم الحرز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="154"/>
        <source>No barcode or QR code in view: hold the tag closer, flat and lit, and press T again.</source>
        <translation>لا رمز شريطي أو QR في الصورة: قرّب الحرز مسطّحاً ومُضاءً واضغط T مجدداً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="163"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="170"/>
        <source>Stored photo #{} in {}</source>
        <translation>حُفظت الصورة رقم {} في {}</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="93"/>
        <location filename="../../fieldkit/gui/viewer.py" line="160"/>
        <source>Decrypting…</source>
        <translation>جارٍ فك التشفير…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="98"/>
        <source>Looks like (near-duplicate photos):</source>
        <translation>تشبه (صور شبه مكررة):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="103"/>
        <source>◀ Previous page</source>
        <translation>◀ الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="104"/>
        <source>Next page ▶</source>
        <translation>الصفحة التالية ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="105"/>
        <source>Move earlier</source>
        <translation>نقل إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="106"/>
        <source>Move later</source>
        <translation>نقل إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="107"/>
        <source>⟲ Turn left</source>
        <translation>⟲ تدوير لليسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="108"/>
        <source>⟳ Turn right</source>
        <translation>⟳ تدوير لليمين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="109"/>
        <source>Original order</source>
        <translation>الترتيب الأصلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="128"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>الترتيب والتدوير عرضٌ فقط: يبقى الأصل كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="170"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="171"/>
        <source>This page cannot be displayed; the original is kept unchanged.</source>
        <translation>لا يمكن عرض هذه الصفحة؛ يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="175"/>
        <source>This image cannot be displayed; the original is kept unchanged.</source>
        <translation>لا يمكن عرض هذه الصورة؛ الأصل محفوظ دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="179"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} بكسل — العجلة أو Ctrl +/− للتكبير، اسحب للتحريك، Ctrl+0 للملاءمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="193"/>
        <source>, turned {}°</source>
        <translation>، مُدارة {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="194"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>الصفحة {} من {} (الصفحة الأصلية {}{})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="188"/>
        <source>Adjust the cut of finger {}</source>
        <translation>ضبط قصّ الإصبع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="195"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="195"/>
        <source>height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="208"/>
        <source>Drag on the card to draw the box.</source>
        <translation>اسحب على البطاقة لرسم الإطار.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="158"/>
        <source>Search tag, case, category, description, date</source>
        <translation>ابحث بالحرز أو القضية أو الفئة أو الوصف أو التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="173"/>
        <source>New item (Ctrl+N)</source>
        <translation>حرز جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="182"/>
        <source>Select or create an item</source>
        <translation>اختر حرزاً أو أنشئ واحداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="204"/>
        <source>Captures</source>
        <translation>الالتقاطات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="205"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="206"/>
        <source>Custody</source>
        <translation>الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="211"/>
        <source>Import the new files into this item</source>
        <translation>استيراد الملفات الجديدة إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="214"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="254"/>
        <source>New site…</source>
        <translation>موقع جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="265"/>
        <source>Save details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="269"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="270"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="271"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="272"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="274"/>
        <source>Time recovered (UTC)</source>
        <translation>وقت الاسترداد (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="275"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="302"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="358"/>
        <source>Custody chain intact</source>
        <translation>سلسلة الحيازة سليمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="358"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>سلسلة الحيازة مكسورة: </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="369"/>
        <source>(no site)</source>
        <translation>(بلا موقع)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="398"/>
        <source>Saved; the change is in the custody log.</source>
        <translation>حُفظ؛ التغيير مسجّل في سجل الحيازة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="432"/>
        <source>Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.</source>
        <translation>خطا العرض والطول بالدرجات العشرية، مثل 34.5553 و69.2075.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="437"/>
        <source>Site {} added; choose it and save the details.</source>
        <translation>أُضيف الموقع {}؛ اختره واحفظ التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>Tag {} read: item selected</source>
        <translation>قُرئ الحرز {}: حُدّد الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="477"/>
        <source>Read by the camera: {}</source>
        <translation>قرأته الكاميرا: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="507"/>
        <source>Camera card {}: {} new file(s), {} already in the store.</source>
        <translation>بطاقة الكاميرا {}: {} ملف جديد، {} موجود في المخزن.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="522"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="541"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="543"/>
        <source>Import into this item</source>
        <translation>استيراد إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="551"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="551"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="560"/>
        <source>Imported {} files; last: {}</source>
        <translation>استُورد {} ملف؛ الأخير: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="571"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="572"/>
        <source>{} stored, {} duplicates, {} failed</source>
        <translation>{} مخزّن، {} مكرر، {} فشل</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="120"/>
        <source>not taken</source>
        <translation>لم تُؤخذ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="88"/>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="90"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="119"/>
        <source>amputated</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="91"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="119"/>
        <source>bandaged</source>
        <translation>مضمَّد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="125"/>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>POOR: take again</source>
        <translation>رديئة: أعد الأخذ</translation>
    </message>
</context>
<context>
    <name>FingerprintsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="32"/>
        <source>Ten-print</source>
        <translation>البصمات العشر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="33"/>
        <source>Latent</source>
        <translation>أثر كامن</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="34"/>
        <source>unknown finger</source>
        <translation>إصبع غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="35"/>
        <source>right thumb</source>
        <translation>الإبهام الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="36"/>
        <source>right index</source>
        <translation>السبابة اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="37"/>
        <source>right middle</source>
        <translation>الوسطى اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="38"/>
        <source>right ring</source>
        <translation>البنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="39"/>
        <source>right little</source>
        <translation>الخنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="40"/>
        <source>left thumb</source>
        <translation>الإبهام الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="41"/>
        <source>left index</source>
        <translation>السبابة اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="42"/>
        <source>left middle</source>
        <translation>الوسطى اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="43"/>
        <source>left ring</source>
        <translation>البنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="44"/>
        <source>left little</source>
        <translation>الخنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="45"/>
        <source>plain right thumb</source>
        <translation>الإبهام الأيمن مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="46"/>
        <source>plain left thumb</source>
        <translation>الإبهام الأيسر مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="47"/>
        <source>right four fingers (slap)</source>
        <translation>أصابع اليد اليمنى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="48"/>
        <source>left four fingers (slap)</source>
        <translation>أصابع اليد اليسرى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="49"/>
        <source>both thumbs</source>
        <translation>الإبهامان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="56"/>
        <source>latent impression</source>
        <translation>بصمة كامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="57"/>
        <source>latent tracing</source>
        <translation>تتبّع أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="58"/>
        <source>latent photo</source>
        <translation>صورة أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="59"/>
        <source>latent lift</source>
        <translation>أثر كامن مرفوع</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="139"/>
        <source>Create the fieldkit store</source>
        <translation>إنشاء مخزن fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="148"/>
        <source>Operator name</source>
        <translation>اسم المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="149"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="151"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="154"/>
        <source>Import provisioning file from headquarters… (optional)</source>
        <translation>استيراد ملف التهيئة من القيادة… (اختياري)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="159"/>
        <source>A new encrypted store will be created in {}.</source>
        <translation>سيُنشأ مخزن مشفّر جديد في {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>too short</source>
        <translation>قصيرة جداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="174"/>
        <source>Strength: {}</source>
        <translation>القوة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="182"/>
        <source>Type the operator&apos;s name.</source>
        <translation>اكتب اسم المشغّل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="200"/>
        <source>Store created. Device key fingerprint (read it to headquarters):
{}</source>
        <translation>أُنشئ المخزن. بصمة مفتاح الجهاز (اقرأها للقيادة):
{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="211"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>تمت التهيئة: {} مستلم جديد</translation>
    </message>
</context>
<context>
    <name>LatentPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="53"/>
        <source>Open latent photo…</source>
        <translation>فتح صورة الأثر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="67"/>
        <source>Calibrate to 1000 ppi and store</source>
        <translation>المعايرة إلى 1000 نقطة/بوصة والحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="70"/>
        <source>Open a photo, then click two marks of the ruler.</source>
        <translation>افتح صورة ثم انقر علامتين على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="73"/>
        <source>Distance between the marks</source>
        <translation>المسافة بين العلامتين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="74"/>
        <source>Impression type</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="75"/>
        <source>Finger, if known</source>
        <translation>الإصبع، إن عُرف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="93"/>
        <source>Latent photo with a ruler</source>
        <translation>صورة أثر كامن مع مسطرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="105"/>
        <source>This photo cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="140"/>
        <source>Click mark {} of 2 on the ruler.</source>
        <translation>انقر العلامة {} من 2 على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="143"/>
        <source>{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be resampled to 1000 ppi.</source>
        <translation>{:.0f} بكسل بين العلامتين: دقة الصورة {:.0f} نقطة/بوصة؛ ستُعاد عيّنتها إلى 1000.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="148"/>
        <source>Select the item the print was lifted from, and mark the ruler.</source>
        <translation>حدّد الحرز الذي رُفع منه الأثر وعلّم المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="153"/>
        <source>Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the original.</source>
        <translation>حُفظت في {} بدقة 1000 ({} × {} بكسل)؛ تبقى الصورة أصلاً.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="123"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="124"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="125"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="127"/>
        <source>Fingerprints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="131"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="132"/>
        <source>Outbox</source>
        <translation>صندوق الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="133"/>
        <source>Verify (HQ)</source>
        <translation>التحقق (القيادة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="134"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="168"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="174"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="175"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="176"/>
        <source>Next item</source>
        <translation>الحرز التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="177"/>
        <source>Previous item</source>
        <translation>الحرز السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="178"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>UNLOCKED</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>LOCKED</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="309"/>
        <source>Operator: {}</source>
        <translation>المشغّل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="310"/>
        <source>Not yet bundled: {}</source>
        <translation>لم تُحزم بعد: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="314"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>المساحة الحرة: {:.1f} غ.ب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="328"/>
        <source>Language saved; every text follows at the next start.</source>
        <translation>حُفظت اللغة؛ تتغير كل النصوص عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="290"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>مُسح المخزن: لا يستطيع أحد فتحه بعد الآن.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="56"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="62"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>رقم الحرز، مثل EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="66"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="67"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>قراءة رقم الحرز من صورة رمزه الشريطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="70"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="73"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="84"/>
        <source>Photo of the tag</source>
        <translation>صورة الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="92"/>
        <source>Read from the photo: {}</source>
        <translation>قُرئ من الصورة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="94"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>لم يُعثر على رمز شريطي أو QR: اكتب رقم الحرز.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="139"/>
        <source>New subject</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="145"/>
        <source>e.g. S-0001</source>
        <translation>مثلاً S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="150"/>
        <source>three letters, e.g. SYR</source>
        <translation>ثلاثة أحرف، مثلاً SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="153"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="154"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="155"/>
        <source>Name given (claimed)</source>
        <translation>الاسم المُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="156"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="157"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="158"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="79"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <source>uploading {}%</source>
        <translation>جارٍ الإرسال {}%</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>verifying at HQ</source>
        <translation>قيد التحقق في القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>acknowledged by HQ</source>
        <translation>أقرّت القيادة بالاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="83"/>
        <source>REJECTED</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="210"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>انقر مرتين على حزمة لرؤية إقرار استلام القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="217"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="220"/>
        <source>Send the selected bundle again</source>
        <translation>إعادة إرسال الحزمة المحددة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="222"/>
        <source>Free space: remove what HQ acknowledged…</source>
        <translation>تحرير مساحة: إزالة ما أقرّت القيادة باستلامه…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="224"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>الإرسال تلقائياً كلما ردّت القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="283"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} في الانتظار، {} مُقرّ باستلامها، {} مرفوضة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="286"/>
        <source>HQ: {}</source>
        <translation>القيادة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="288"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>لا عنوان للقيادة بعد: استورد ملف تهيئة يتضمّنه (الإعدادات). يمكن للحزم أن تنتقل على قرص قابل للإزالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="292"/>
        <source>Asking HQ…</source>
        <translation>جارٍ سؤال القيادة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="295"/>
        <source>Already sending.</source>
        <translation>الإرسال جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="302"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>ردّت القيادة؛ صندوق الإرسال محدَّث.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="303"/>
        <source>HQ did not answer: bundles wait and go when it does.</source>
        <translation>لم تردّ القيادة: تنتظر الحزم وتُرسل عندما تردّ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="313"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>لا شيء للإزالة: لا التقاط في حزمة أقرّت القيادة باستلامها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="317"/>
        <source>Free space</source>
        <translation>تحرير مساحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="319"/>
        <source>{} capture(s), {:.1f} MB, are safe at HQ (acknowledged with a verified receipt).
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>{} التقاط، {:.1f} ميغابايت، في أمان لدى القيادة (إقرار استلام موثَّق).
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="323"/>
        <source>Nothing removed.</source>
        <translation>لم يُزل شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="328"/>
        <source>Removed {} capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>أُزيلت {} التقاطات؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="338"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>الحزمة {}: لا إقرار استلام من القيادة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="341"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>الحزمة {} — إقرار موقَّع من القيادة ({})، التوقيع مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="343"/>
        <source>Verdict: {}</source>
        <translation>النتيجة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="344"/>
        <source>Received: {}</source>
        <translation>استُلم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="345"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 للملف المرسَل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="346"/>
        <source>Bundle id: {}</source>
        <translation>معرّف الحزمة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="349"/>
        <source>Reason: {}: {}</source>
        <translation>السبب: {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="354"/>
        <source>Receipt</source>
        <translation>إقرار الاستلام</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="46"/>
        <source>Provisioning file</source>
        <translation>ملف التهيئة</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="27"/>
        <source>Look for scanners</source>
        <translation>البحث عن الماسحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="36"/>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="37"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="65"/>
        <source>Colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="38"/>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="43"/>
        <source>Flatbed (one page)</source>
        <translation>السطح الزجاجي (صفحة واحدة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="44"/>
        <source>Document feeder (all pages)</source>
        <translation>وحدة التغذية (كل الصفحات)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="45"/>
        <source>Feeder, both sides</source>
        <translation>وحدة التغذية، الوجهان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="49"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="51"/>
        <source>Scan into the current item</source>
        <translation>المسح إلى الحرز الحالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="63"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="64"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="66"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="83"/>
        <source>Looking for scanners…</source>
        <translation>جارٍ البحث عن الماسحات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="90"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>لم يُعثر على ماسح. صِلْ واحداً وشغّله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="104"/>
        <source>Preview (not stored).</source>
        <translation>معاينة (غير محفوظة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="112"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="117"/>
        <source>Scanning…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="122"/>
        <source>Stored {} page(s) as capture #{} in {}</source>
        <translation>حُفظت {} صفحة كالتقاط رقم {} في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="127"/>
        <source>Scanned page {}…</source>
        <translation>مُسحت الصفحة {}…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="42"/>
        <source>Add operator…</source>
        <translation>إضافة مشغّل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="44"/>
        <source>Remove operator</source>
        <translation>إزالة المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="46"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="50"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="59"/>
        <source>Import provisioning file…</source>
        <translation>استيراد ملف التهيئة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="61"/>
        <source>Emergency wipe…</source>
        <translation>المسح الطارئ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="70"/>
        <source>Operators</source>
        <translation>المشغّلون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="72"/>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="73"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="74"/>
        <source>Store location</source>
        <translation>موقع المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="75"/>
        <source>Device key fingerprint</source>
        <translation>بصمة مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>Headquarters</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="77"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <source>New passphrase for {}:</source>
        <translation>عبارة مرور جديدة لـ {}:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Add operator</source>
        <translation>إضافة مشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Operator name:</source>
        <translation>اسم المشغّل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="120"/>
        <source>Added operator {}</source>
        <translation>أُضيف المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="128"/>
        <source>Removed operator {}</source>
        <translation>أُزيل المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="140"/>
        <source>Changed the passphrase of {}</source>
        <translation>تم تغيير عبارة مرور {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="145"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>تمت التهيئة: {} مستلم جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>هذا يدمّر كل المفاتيح: لن يفتح أحد هذا المخزن أبداً.
اكتب WIPE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="155"/>
        <source>Wipe cancelled.</source>
        <translation>أُلغي المسح.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="103"/>
        <source>New site</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="114"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="115"/>
        <source>Latitude (WGS 84)</source>
        <translation>خط العرض (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="116"/>
        <source>Longitude (WGS 84)</source>
        <translation>خط الطول (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="118"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="46"/>
        <source>New subject…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="50"/>
        <source>rolled</source>
        <translation>مدحرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="51"/>
        <source>plain</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="52"/>
        <source>Capture finger (Space)</source>
        <translation>التقاط الإصبع (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="55"/>
        <source>Import ten-print card…</source>
        <translation>استيراد بطاقة البصمات العشر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="57"/>
        <source>Add print from file…</source>
        <translation>إضافة بصمة من ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="59"/>
        <source>Adjust cut…</source>
        <translation>ضبط القصّ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="61"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="155"/>
        <source>Choose or create a subject.</source>
        <translation>اختر شخصاً أو أنشئه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="67"/>
        <source>Subject</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="71"/>
        <source>Live-scan device</source>
        <translation>جهاز المسح الحي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="133"/>
        <source>No live-scan device: import a card or a print file</source>
        <translation>لا جهاز مسح حي: استورد بطاقة أو ملف بصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="162"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{}: أُخذت {} من 14 بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="164"/>
        <source>Take again: {}.</source>
        <translation>أعد أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="166"/>
        <source>Still to take: {}.</source>
        <translation>ما زال يجب أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="204"/>
        <source>Subject {} created.</source>
        <translation>أُنشئ الشخص {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="211"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="251"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="275"/>
        <source>Choose or create a subject first.</source>
        <translation>اختر شخصاً أو أنشئه أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="214"/>
        <source>No live-scan device is connected.</source>
        <translation>لا جهاز مسح حي متصل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="220"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>جارٍ التقاط {}… أبقِ الإصبع على الزجاج.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="228"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{}: جودة رديئة (NFIQ 2 {}). أعد أخذها الآن: نظّف الزجاج واضغط بالتساوي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="232"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{}: حُفظت (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="254"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>مسح بطاقة البصمات العشر (500 نقطة/بوصة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="258"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>جارٍ قصّ البطاقة إلى أربع عشرة بصمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="263"/>
        <source>Card stored; {} impressions cut.</source>
        <translation>حُفظت البطاقة؛ قُصّت {} بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="265"/>
        <source>Empty boxes: {}.</source>
        <translation>خانات فارغة: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="278"/>
        <source>Fingerprint image</source>
        <translation>صورة بصمة</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="88"/>
        <source>Unlock fieldkit</source>
        <translation>فتح fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="90"/>
        <source>optional: your operator name</source>
        <translation>اختياري: اسم المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="94"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="95"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="97"/>
        <source>Store: {}</source>
        <translation>المخزن: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="108"/>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="117"/>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>عبارة مرور خاطئة. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="44"/>
        <source>HQ folder (made by &apos;fieldkit hq init&apos;)</source>
        <translation>مجلد القيادة (أنشأه &apos;fieldkit hq init&apos;)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="45"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="47"/>
        <source>Open bundle…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="49"/>
        <source>Open or drop a bundle here.</source>
        <translation>افتح حزمة أو أفلتها هنا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="59"/>
        <source>Ingest</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="62"/>
        <source>Save HTML report…</source>
        <translation>حفظ تقرير HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="79"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="81"/>
        <source>Items and photos</source>
        <translation>الأحراز والصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="83"/>
        <source>Custody timeline</source>
        <translation>التسلسل الزمني للحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="87"/>
        <source>HQ folder</source>
        <translation>مجلد القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="92"/>
        <source>Open bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="92"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>الحزم (*.fkb);;الكل (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="107"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>اختر مجلد القيادة أولاً: فيه المفتاح الذي يفتح الحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="114"/>
        <source>Verifying {}…</source>
        <translation>جارٍ التحقق من {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="128"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="129"/>
        <source>REJECTED: {}</source>
        <translation>مرفوض: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="162"/>
        <source>; missing from this device: {}</source>
        <translation>؛ الناقص من هذا الجهاز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="173"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
</TS>
