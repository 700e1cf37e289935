<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="97"/>
        <source>folder for new bundles</source>
        <translation>مجلد الحزم الجديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="98"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="101"/>
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>أقل من 4 غ.ب (أقراص FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="103"/>
        <source>Create bundle</source>
        <translation>إنشاء حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="105"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="116"/>
        <source>Copy to removable drive…</source>
        <translation>نسخ إلى قرص قابل للإزالة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="148"/>
        <source>{} captures not yet bundled</source>
        <translation>{} التقاط لم يُحزم بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="151"/>
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>لا يوجد مستلم في القيادة: لا يمكن إنشاء حزم قبل استيراد ملف التهيئة من القيادة (الإعدادات).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="157"/>
        <source>Folder for bundles</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="163"/>
        <source>Choose a folder for the bundles first.</source>
        <translation>اختر أولاً مجلداً للحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="179"/>
        <source>Created {} bundle(s).</source>
        <translation>أُنشئت {} حزمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="180"/>
        <source>Nothing to bundle.</source>
        <translation>لا شيء لحزمه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="206"/>
        <source>Choose the removable drive</source>
        <translation>اختر القرص القابل للإزالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="213"/>
        <source>Copied and verified: {}</source>
        <translation>نُسخ وتُحقّق منه: {}</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="34"/>
        <source>Take photo (Space)</source>
        <translation>التقاط صورة (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="38"/>
        <source>Read evidence tag (T)</source>
        <translation>قراءة رقم الحرز (T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="41"/>
        <source>Hold the tag&apos;s barcode or QR code to the camera; nothing is stored</source>
        <translation>قرّب الرمز الشريطي أو رمز QR للحرز من الكاميرا؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="55"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="57"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="80"/>
        <source>No camera found. Connect one, or import photos from the camera&apos;s card.</source>
        <translation>لم يُعثر على كاميرا. صِلْ واحدة، أو استورد الصور من بطاقتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="107"/>
        <source>The camera could not take it.</source>
        <translation>تعذّر على الكاميرا التقاطها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="109"/>
        <source>Live view; photos go into the current item.</source>
        <translation>عرض مباشر؛ تذهب الصور إلى الحرز الحالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="141"/>
        <source>Evidence tag read: {}</source>
        <translation>قُرئ رقم الحرز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="145"/>
        <source>No barcode or QR code in view: hold the tag closer, flat and lit, and press T again.</source>
        <translation>لا رمز شريطي أو QR في الصورة: قرّب الحرز مسطّحاً ومُضاءً واضغط T مجدداً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="154"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/camera.py" line="161"/>
        <source>Stored photo #{} in {}</source>
        <translation>حُفظت الصورة رقم {} في {}</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="94"/>
        <location filename="../../fieldkit/gui/viewer.py" line="161"/>
        <source>Decrypting…</source>
        <translation>جارٍ فك التشفير…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="99"/>
        <source>Looks like (near-duplicate photos):</source>
        <translation>تشبه (صور شبه مكررة):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="104"/>
        <source>◀ Previous page</source>
        <translation>◀ الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="105"/>
        <source>Next page ▶</source>
        <translation>الصفحة التالية ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="106"/>
        <source>Move earlier</source>
        <translation>نقل إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="107"/>
        <source>Move later</source>
        <translation>نقل إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="108"/>
        <source>⟲ Turn left</source>
        <translation>⟲ تدوير لليسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="109"/>
        <source>⟳ Turn right</source>
        <translation>⟳ تدوير لليمين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="110"/>
        <source>Original order</source>
        <translation>الترتيب الأصلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="129"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>الترتيب والتدوير عرضٌ فقط: يبقى الأصل كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="171"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="172"/>
        <source>This page cannot be displayed; the original is kept unchanged.</source>
        <translation>لا يمكن عرض هذه الصفحة؛ يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="176"/>
        <source>This image cannot be displayed; the original is kept unchanged.</source>
        <translation>لا يمكن عرض هذه الصورة؛ الأصل محفوظ دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="180"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} بكسل — العجلة أو Ctrl +/− للتكبير، اسحب للتحريك، Ctrl+0 للملاءمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="194"/>
        <source>, turned {}°</source>
        <translation>، مُدارة {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="195"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>الصفحة {} من {} (الصفحة الأصلية {}{})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="205"/>
        <source>Adjust the cut of finger {}</source>
        <translation>ضبط قصّ الإصبع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="212"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="212"/>
        <source>height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="225"/>
        <source>Drag on the card to draw the box.</source>
        <translation>اسحب على البطاقة لرسم الإطار.</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="98"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="137"/>
        <source>not taken</source>
        <translation>لم تُؤخذ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="105"/>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="107"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="136"/>
        <source>amputated</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="108"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="136"/>
        <source>bandaged</source>
        <translation>مضمَّد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="142"/>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="144"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="144"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="144"/>
        <source>POOR: take again</source>
        <translation>رديئة: أعد الأخذ</translation>
    </message>
</context>
<context>
    <name>FingerprintsPage</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="673"/>
        <source>Ten-print</source>
        <translation>البصمات العشر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="674"/>
        <source>Latent</source>
        <translation>أثر كامن</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="51"/>
        <source>unknown finger</source>
        <translation>إصبع غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="52"/>
        <source>right thumb</source>
        <translation>الإبهام الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="53"/>
        <source>right index</source>
        <translation>السبابة اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="54"/>
        <source>right middle</source>
        <translation>الوسطى اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="55"/>
        <source>right ring</source>
        <translation>البنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="56"/>
        <source>right little</source>
        <translation>الخنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="57"/>
        <source>left thumb</source>
        <translation>الإبهام الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="58"/>
        <source>left index</source>
        <translation>السبابة اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="59"/>
        <source>left middle</source>
        <translation>الوسطى اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="60"/>
        <source>left ring</source>
        <translation>البنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="61"/>
        <source>left little</source>
        <translation>الخنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="62"/>
        <source>plain right thumb</source>
        <translation>الإبهام الأيمن مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="63"/>
        <source>plain left thumb</source>
        <translation>الإبهام الأيسر مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="64"/>
        <source>right four fingers (slap)</source>
        <translation>أصابع اليد اليمنى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="65"/>
        <source>left four fingers (slap)</source>
        <translation>أصابع اليد اليسرى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="66"/>
        <source>both thumbs</source>
        <translation>الإبهامان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="73"/>
        <source>latent impression</source>
        <translation>بصمة كامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="74"/>
        <source>latent tracing</source>
        <translation>تتبّع أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="75"/>
        <source>latent photo</source>
        <translation>صورة أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="76"/>
        <source>latent lift</source>
        <translation>أثر كامن مرفوع</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="123"/>
        <source>Create the fieldkit store</source>
        <translation>إنشاء مخزن fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="132"/>
        <source>Operator name</source>
        <translation>اسم المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="133"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="135"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="138"/>
        <source>Import provisioning file from headquarters… (optional)</source>
        <translation>استيراد ملف التهيئة من القيادة… (اختياري)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="143"/>
        <source>A new encrypted store will be created in {}.</source>
        <translation>سيُنشأ مخزن مشفّر جديد في {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="157"/>
        <source>too short</source>
        <translation>قصيرة جداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="157"/>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="157"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="157"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="157"/>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="158"/>
        <source>Strength: {}</source>
        <translation>القوة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="166"/>
        <source>Type the operator&apos;s name.</source>
        <translation>اكتب اسم المشغّل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="184"/>
        <source>Store created. Device key fingerprint (read it to headquarters):
{}</source>
        <translation>أُنشئ المخزن. بصمة مفتاح الجهاز (اقرأها للقيادة):
{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="196"/>
        <source>Provisioning file</source>
        <translation>ملف التهيئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="203"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>تمت التهيئة: {} مستلم جديد</translation>
    </message>
</context>
<context>
    <name>LatentPage</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="554"/>
        <source>Open latent photo…</source>
        <translation>فتح صورة الأثر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="568"/>
        <source>Calibrate to 1000 ppi and store</source>
        <translation>المعايرة إلى 1000 نقطة/بوصة والحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="571"/>
        <source>Open a photo, then click two marks of the ruler.</source>
        <translation>افتح صورة ثم انقر علامتين على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="574"/>
        <source>Distance between the marks</source>
        <translation>المسافة بين العلامتين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="575"/>
        <source>Impression type</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="576"/>
        <source>Finger, if known</source>
        <translation>الإصبع، إن عُرف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="594"/>
        <source>Latent photo with a ruler</source>
        <translation>صورة أثر كامن مع مسطرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="606"/>
        <source>This photo cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="641"/>
        <source>Click mark {} of 2 on the ruler.</source>
        <translation>انقر العلامة {} من 2 على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="644"/>
        <source>{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be resampled to 1000 ppi.</source>
        <translation>{:.0f} بكسل بين العلامتين: دقة الصورة {:.0f} نقطة/بوصة؛ ستُعاد عيّنتها إلى 1000.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="649"/>
        <source>Select the item the print was lifted from, and mark the ruler.</source>
        <translation>حدّد الحرز الذي رُفع منه الأثر وعلّم المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="654"/>
        <source>Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the original.</source>
        <translation>حُفظت في {} بدقة 1000 ({} × {} بكسل)؛ تبقى الصورة أصلاً.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="195"/>
        <source>Search tag, case, category, description, date</source>
        <translation>ابحث بالحرز أو القضية أو الفئة أو الوصف أو التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="210"/>
        <source>New item (Ctrl+N)</source>
        <translation>حرز جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="219"/>
        <source>Select or create an item</source>
        <translation>اختر حرزاً أو أنشئ واحداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="241"/>
        <source>Captures</source>
        <translation>الالتقاطات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="242"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="243"/>
        <source>Custody</source>
        <translation>الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="248"/>
        <source>Import the new files into this item</source>
        <translation>استيراد الملفات الجديدة إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="251"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="282"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="286"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="290"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="294"/>
        <source>Fingerprints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="296"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="300"/>
        <source>Outbox</source>
        <translation>صندوق الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="301"/>
        <source>Verify (HQ)</source>
        <translation>التحقق (القيادة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="302"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="326"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="331"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="332"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="333"/>
        <source>Next item</source>
        <translation>الحرز التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="334"/>
        <source>Previous item</source>
        <translation>الحرز السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="335"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="359"/>
        <source>New site…</source>
        <translation>موقع جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="370"/>
        <source>Save details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="374"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="375"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="376"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="377"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="379"/>
        <source>Time recovered (UTC)</source>
        <translation>وقت الاسترداد (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="380"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="427"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="486"/>
        <source>Custody chain intact</source>
        <translation>سلسلة الحيازة سليمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="486"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>سلسلة الحيازة مكسورة: </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="497"/>
        <source>(no site)</source>
        <translation>(بلا موقع)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="526"/>
        <source>Saved; the change is in the custody log.</source>
        <translation>حُفظ؛ التغيير مسجّل في سجل الحيازة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="561"/>
        <source>Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.</source>
        <translation>خطا العرض والطول بالدرجات العشرية، مثل 34.5553 و69.2075.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="566"/>
        <source>Site {} added; choose it and save the details.</source>
        <translation>أُضيف الموقع {}؛ اختره واحفظ التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="599"/>
        <source>Tag {} read: item selected</source>
        <translation>قُرئ الحرز {}: حُدّد الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="604"/>
        <source>Read by the camera: {}</source>
        <translation>قرأته الكاميرا: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="634"/>
        <source>Camera card {}: {} new file(s), {} already in the store.</source>
        <translation>بطاقة الكاميرا {}: {} ملف جديد، {} موجود في المخزن.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="648"/>
        <location filename="../../fieldkit/gui/mainwindow.py" line="666"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="668"/>
        <source>Import into this item</source>
        <translation>استيراد إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="686"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="686"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="695"/>
        <source>Imported {} files; last: {}</source>
        <translation>استُورد {} ملف؛ الأخير: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="706"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="707"/>
        <source>{} stored, {} duplicates, {} failed</source>
        <translation>{} مخزّن، {} مكرر، {} فشل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="735"/>
        <source>UNLOCKED</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="735"/>
        <source>LOCKED</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="739"/>
        <source>Operator: {}</source>
        <translation>المشغّل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="740"/>
        <source>Not yet bundled: {}</source>
        <translation>لم تُحزم بعد: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="744"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>المساحة الحرة: {:.1f} غ.ب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="800"/>
        <source>Language saved; every text follows at the next start.</source>
        <translation>حُفظت اللغة؛ تتغير كل النصوص عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="810"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>مُسح المخزن: لا يستطيع أحد فتحه بعد الآن.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="60"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="66"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>رقم الحرز، مثل EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="70"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="71"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>قراءة رقم الحرز من صورة رمزه الشريطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="74"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="77"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="88"/>
        <source>Photo of the tag</source>
        <translation>صورة الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="96"/>
        <source>Read from the photo: {}</source>
        <translation>قُرئ من الصورة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="98"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>لم يُعثر على رمز شريطي أو QR: اكتب رقم الحرز.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="156"/>
        <source>New subject</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="162"/>
        <source>e.g. S-0001</source>
        <translation>مثلاً S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="167"/>
        <source>three letters, e.g. SYR</source>
        <translation>ثلاثة أحرف، مثلاً SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="170"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="171"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="172"/>
        <source>Name given (claimed)</source>
        <translation>الاسم المُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="173"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="174"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="175"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="75"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="75"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="75"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="75"/>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="75"/>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="103"/>
        <location filename="../../fieldkit/gui/outbox.py" line="104"/>
        <source>uploading {}%</source>
        <translation>جارٍ الإرسال {}%</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="104"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="105"/>
        <source>verifying at HQ</source>
        <translation>قيد التحقق في القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="105"/>
        <source>acknowledged by HQ</source>
        <translation>أقرّت القيادة بالاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="107"/>
        <source>REJECTED</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="254"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>انقر مرتين على حزمة لرؤية إقرار استلام القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="261"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="264"/>
        <source>Send the selected bundle again</source>
        <translation>إعادة إرسال الحزمة المحددة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="266"/>
        <source>Free space: remove what HQ acknowledged…</source>
        <translation>تحرير مساحة: إزالة ما أقرّت القيادة باستلامه…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="268"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>الإرسال تلقائياً كلما ردّت القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="327"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} في الانتظار، {} مُقرّ باستلامها، {} مرفوضة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="330"/>
        <source>HQ: {}</source>
        <translation>القيادة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="332"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>لا عنوان للقيادة بعد: استورد ملف تهيئة يتضمّنه (الإعدادات). يمكن للحزم أن تنتقل على قرص قابل للإزالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="336"/>
        <source>Asking HQ…</source>
        <translation>جارٍ سؤال القيادة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="339"/>
        <source>Already sending.</source>
        <translation>الإرسال جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="346"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>ردّت القيادة؛ صندوق الإرسال محدَّث.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="347"/>
        <source>HQ did not answer: bundles wait and go when it does.</source>
        <translation>لم تردّ القيادة: تنتظر الحزم وتُرسل عندما تردّ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="358"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>لا شيء للإزالة: لا التقاط في حزمة أقرّت القيادة باستلامها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="364"/>
        <source>Free space</source>
        <translation>تحرير مساحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="366"/>
        <source>{} capture(s), {:.1f} MB, are safe at HQ (acknowledged with a verified receipt).
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>{} التقاط، {:.1f} ميغابايت، في أمان لدى القيادة (إقرار استلام موثَّق).
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="370"/>
        <source>Nothing removed.</source>
        <translation>لم يُزل شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="375"/>
        <source>Removed {} capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>أُزيلت {} التقاطات؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="388"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>الحزمة {}: لا إقرار استلام من القيادة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="391"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>الحزمة {} — إقرار موقَّع من القيادة ({})، التوقيع مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="393"/>
        <source>Verdict: {}</source>
        <translation>النتيجة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="394"/>
        <source>Received: {}</source>
        <translation>استُلم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="395"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 للملف المرسَل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="396"/>
        <source>Bundle id: {}</source>
        <translation>معرّف الحزمة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="399"/>
        <source>Reason: {}: {}</source>
        <translation>السبب: {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/outbox.py" line="406"/>
        <source>Receipt</source>
        <translation>إقرار الاستلام</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="27"/>
        <source>Look for scanners</source>
        <translation>البحث عن الماسحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="36"/>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="37"/>
        <location filename="../../fieldkit/gui/scanner.py" line="65"/>
        <source>Colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="38"/>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="43"/>
        <source>Flatbed (one page)</source>
        <translation>السطح الزجاجي (صفحة واحدة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="44"/>
        <source>Document feeder (all pages)</source>
        <translation>وحدة التغذية (كل الصفحات)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="45"/>
        <source>Feeder, both sides</source>
        <translation>وحدة التغذية، الوجهان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="49"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="51"/>
        <source>Scan into the current item</source>
        <translation>المسح إلى الحرز الحالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="63"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="64"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="66"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="83"/>
        <source>Looking for scanners…</source>
        <translation>جارٍ البحث عن الماسحات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="90"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>لم يُعثر على ماسح. صِلْ واحداً وشغّله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="104"/>
        <source>Preview (not stored).</source>
        <translation>معاينة (غير محفوظة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="112"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="117"/>
        <source>Scanning…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="122"/>
        <source>Stored {} page(s) as capture #{} in {}</source>
        <translation>حُفظت {} صفحة كالتقاط رقم {} في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/scanner.py" line="127"/>
        <source>Scanned page {}…</source>
        <translation>مُسحت الصفحة {}…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="386"/>
        <source>Add operator…</source>
        <translation>إضافة مشغّل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="388"/>
        <source>Remove operator</source>
        <translation>إزالة المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="390"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="394"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="403"/>
        <source>Import provisioning file…</source>
        <translation>استيراد ملف التهيئة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="405"/>
        <source>Emergency wipe…</source>
        <translation>المسح الطارئ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="414"/>
        <source>Operators</source>
        <translation>المشغّلون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="416"/>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="417"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="418"/>
        <source>Store location</source>
        <translation>موقع المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="419"/>
        <source>Device key fingerprint</source>
        <translation>بصمة مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="420"/>
        <source>Headquarters</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="421"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="438"/>
        <location filename="../../fieldkit/gui/pages.py" line="441"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="438"/>
        <source>New passphrase for {}:</source>
        <translation>عبارة مرور جديدة لـ {}:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="441"/>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="442"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="447"/>
        <source>Add operator</source>
        <translation>إضافة مشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="447"/>
        <source>Operator name:</source>
        <translation>اسم المشغّل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="454"/>
        <source>Added operator {}</source>
        <translation>أُضيف المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="462"/>
        <source>Removed operator {}</source>
        <translation>أُزيل المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="474"/>
        <source>Changed the passphrase of {}</source>
        <translation>تم تغيير عبارة مرور {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="479"/>
        <source>Provisioning file</source>
        <translation>ملف التهيئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="484"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>تمت التهيئة: {} مستلم جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="490"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="491"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>هذا يدمّر كل المفاتيح: لن يفتح أحد هذا المخزن أبداً.
اكتب WIPE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="494"/>
        <source>Wipe cancelled.</source>
        <translation>أُلغي المسح.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="107"/>
        <source>New site</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="118"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="119"/>
        <source>Latitude (WGS 84)</source>
        <translation>خط العرض (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="120"/>
        <source>Longitude (WGS 84)</source>
        <translation>خط الطول (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="122"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="270"/>
        <source>New subject…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="274"/>
        <source>rolled</source>
        <translation>مدحرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="275"/>
        <source>plain</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="276"/>
        <source>Capture finger (Space)</source>
        <translation>التقاط الإصبع (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="279"/>
        <source>Import ten-print card…</source>
        <translation>استيراد بطاقة البصمات العشر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="281"/>
        <source>Add print from file…</source>
        <translation>إضافة بصمة من ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="283"/>
        <source>Adjust cut…</source>
        <translation>ضبط القصّ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="285"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="379"/>
        <source>Choose or create a subject.</source>
        <translation>اختر شخصاً أو أنشئه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="291"/>
        <source>Subject</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="295"/>
        <source>Live-scan device</source>
        <translation>جهاز المسح الحي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="357"/>
        <source>No live-scan device: import a card or a print file</source>
        <translation>لا جهاز مسح حي: استورد بطاقة أو ملف بصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="386"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{}: أُخذت {} من 14 بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="388"/>
        <source>Take again: {}.</source>
        <translation>أعد أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="390"/>
        <source>Still to take: {}.</source>
        <translation>ما زال يجب أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="428"/>
        <source>Subject {} created.</source>
        <translation>أُنشئ الشخص {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="435"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="475"/>
        <location filename="../../fieldkit/gui/fingerprints.py" line="499"/>
        <source>Choose or create a subject first.</source>
        <translation>اختر شخصاً أو أنشئه أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="438"/>
        <source>No live-scan device is connected.</source>
        <translation>لا جهاز مسح حي متصل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="444"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>جارٍ التقاط {}… أبقِ الإصبع على الزجاج.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="452"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{}: جودة رديئة (NFIQ 2 {}). أعد أخذها الآن: نظّف الزجاج واضغط بالتساوي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="456"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{}: حُفظت (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="478"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>مسح بطاقة البصمات العشر (500 نقطة/بوصة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="482"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>جارٍ قصّ البطاقة إلى أربع عشرة بصمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="487"/>
        <source>Card stored; {} impressions cut.</source>
        <translation>حُفظت البطاقة؛ قُصّت {} بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="489"/>
        <source>Empty boxes: {}.</source>
        <translation>خانات فارغة: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/fingerprints.py" line="502"/>
        <source>Fingerprint image</source>
        <translation>صورة بصمة</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="72"/>
        <source>Unlock fieldkit</source>
        <translation>فتح fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="74"/>
        <source>optional: your operator name</source>
        <translation>اختياري: اسم المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="78"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="79"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="81"/>
        <source>Store: {}</source>
        <translation>المخزن: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="92"/>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="101"/>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>عبارة مرور خاطئة. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="236"/>
        <source>HQ folder (made by &apos;fieldkit hq init&apos;)</source>
        <translation>مجلد القيادة (أنشأه &apos;fieldkit hq init&apos;)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="237"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="239"/>
        <source>Open bundle…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="241"/>
        <source>Open or drop a bundle here.</source>
        <translation>افتح حزمة أو أفلتها هنا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="251"/>
        <source>Ingest</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="254"/>
        <source>Save HTML report…</source>
        <translation>حفظ تقرير HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="271"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="273"/>
        <source>Items and photos</source>
        <translation>الأحراز والصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="275"/>
        <source>Custody timeline</source>
        <translation>التسلسل الزمني للحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="279"/>
        <source>HQ folder</source>
        <translation>مجلد القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="284"/>
        <source>Open bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="284"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>الحزم (*.fkb);;الكل (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="299"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>اختر مجلد القيادة أولاً: فيه المفتاح الذي يفتح الحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="306"/>
        <source>Verifying {}…</source>
        <translation>جارٍ التحقق من {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="320"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="321"/>
        <source>REJECTED: {}</source>
        <translation>مرفوض: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="354"/>
        <source>; missing from this device: {}</source>
        <translation>؛ الناقص من هذا الجهاز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="365"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
</TS>
