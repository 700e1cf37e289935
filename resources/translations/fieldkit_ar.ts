<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AcquisitionsView</name>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="59"/>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Reason / link</source>
        <translation>السبب / الرابط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="61"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="64"/>
        <location filename="../../fieldkit/gui/acquisitions.py" line="122"/>
        <source>Select an item to see where its files came from.</source>
        <translation>اختر حرزاً لترى من أين جاءت ملفاته.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="101"/>
        <source>{} acquisition(s) into {} / {}: every path each one met, stored or not.</source>
        <translation>{} عملية اكتساب إلى {} / {}: كل مسار مرّت به كلٌّ منها، حُفظ أم لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="136"/>
        <source>Acquisition #{} ({}), root {}: {} path(s).</source>
        <translation>الاكتساب رقم {} ({})، الجذر {}: {} مسار.</translation>
    </message>
</context>
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
        <location filename="../../fieldkit/gui/pages/bundles.py" line="171"/>
        <source>Created {} bundle(s).</source>
        <translation>أُنشئت {} حزمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="172"/>
        <source>Nothing to bundle.</source>
        <translation>لا شيء لحزمه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="175"/>
        <source>{} ({} MB) waits: it needs a bundle of {} MB; choose a larger size to send it.</source>
        <translation>{} ({} ميغابايت) ينتظر: يحتاج إلى حزمة بحجم {} ميغابايت؛ اختر حجماً أكبر لإرساله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="180"/>
        <source>… and {} more</source>
        <translation>… و{} غيرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="181"/>
        <source>Every capture is in it, but these products are left out:</source>
        <translation>كل الالتقاطات فيها، لكن هذه النواتج المشتقة مُستبعدة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="209"/>
        <source>Choose the removable drive</source>
        <translation>اختر القرص القابل للإزالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="216"/>
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
        <location filename="../../fieldkit/gui/viewer.py" line="137"/>
        <location filename="../../fieldkit/gui/viewer.py" line="534"/>
        <source>Decrypting…</source>
        <translation>جارٍ فك التشفير…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="143"/>
        <source>All metadata</source>
        <translation>كل البيانات الوصفية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="233"/>
        <source>the original is kept unchanged.</source>
        <translation>يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="236"/>
        <source>Analysis failed: {} — {}</source>
        <translation>فشل التحليل: {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="239"/>
        <source>Being analysed in the sandbox; this view updates when it is done.</source>
        <translation>قيد التحليل في البيئة المعزولة؛ يتحدّث هذا العرض عند انتهائه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="242"/>
        <source>Analysis found damage: {} — {}</source>
        <translation>وجد التحليل تلفاً: {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="253"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="253"/>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="254"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Members</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="257"/>
        <source>Not shown</source>
        <translation>غير معروض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="258"/>
        <source>Being analysed</source>
        <translation>قيد التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="315"/>
        <source>The original is kept unchanged.</source>
        <translation>يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="316"/>
        <source>Analysis failed: {}

{}
Its details are on the right.</source>
        <translation>فشل التحليل: {}

{}
التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="320"/>
        <source>Being analysed…

This view updates when the analysis is recorded.</source>
        <translation>قيد التحليل…

يتحدّث هذا العرض عند تسجيل التحليل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="320"/>
        <source>No preview for this kind of file.</source>
        <translation>لا معاينة لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="321"/>
        <source>Size: {}</source>
        <translation>الحجم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="324"/>
        <source>Entropy: {} bits per byte (8 = random: compressed or encrypted)</source>
        <translation>الإنتروبيا: {} بت لكل بايت (8 = عشوائي: مضغوط أو مشفّر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="325"/>
        <source>SHA-256: {}</source>
        <translation>SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="350"/>
        <source>The preview analysis made of this {} in the sandbox ({} × {} pixels); the viewer does not render it larger. The original is kept unchanged.</source>
        <translation>المعاينة التي أنتجها التحليل لهذا الملف {} في البيئة المعزولة ({} × {} بكسل)؛ لا يعرضها العارض بحجم أكبر. يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="371"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="383"/>
        <source>No text layer; OCR text:</source>
        <translation>لا طبقة نص؛ النص المستخرج بالتعرّف الضوئي (OCR):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="384"/>
        <source>No text layer; no text found.</source>
        <translation>لا طبقة نص؛ لم يُعثر على نص.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="389"/>
        <source>No text found in this file.</source>
        <translation>لم يُعثر على نص في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="423"/>
        <source>{} members, {} when expanded; {} encrypted. Listed from the archive&apos;s own directory.</source>
        <translation>{} ملف، {} بعد الفكّ؛ {} مشفّر. القائمة مأخوذة من فهرس الأرشيف نفسه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="427"/>
        <source>{} of them were expanded into captures of this item (fieldkit expand); the archive is kept as acquired.</source>
        <translation>فُكّ {} منها إلى التقاطات لهذا الحرز (fieldkit expand)؛ يبقى الأرشيف كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="429"/>
        <source>Nothing was extracted: `fieldkit expand {}` stores the members as captures.</source>
        <translation>لم يُستخرج شيء: الأمر `fieldkit expand {}` يحفظ هذه الملفات كالتقاطات.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="432"/>
        <source>Only the first {} are listed.</source>
        <translation>لا تُعرض إلا أول {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Compressed</source>
        <translation>مضغوط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="435"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="449"/>
        <source>{} records. {}</source>
        <translation>{} سجل. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="455"/>
        <source>The transaction&apos;s first print, as analysis decoded it in the sandbox</source>
        <translation>أول بصمة في المعاملة، كما فكّ التحليل ترميزها في البيئة المعزولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Impression</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Finger</source>
        <translation>الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>Compression</source>
        <translation>الضغط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>ppi</source>
        <translation>نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>Image bytes</source>
        <translation>بايتات الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="468"/>
        <source>{} tables; rows are counted, not shown: examine the original with the tools made for its app.</source>
        <translation>{} جدول؛ الصفوف معدودة لا معروضة: افحص الأصل بالأدوات المخصّصة لتطبيقه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="479"/>
        <source>◀ Previous page</source>
        <translation>◀ الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="480"/>
        <source>Next page ▶</source>
        <translation>الصفحة التالية ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="481"/>
        <source>Move earlier</source>
        <translation>نقل إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="482"/>
        <source>Move later</source>
        <translation>نقل إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="483"/>
        <source>⟲ Turn left</source>
        <translation>⟲ تدوير لليسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="484"/>
        <source>⟳ Turn right</source>
        <translation>⟳ تدوير لليمين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="485"/>
        <source>Original order</source>
        <translation>الترتيب الأصلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="504"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>الترتيب والتدوير عرضٌ فقط: يبقى الأصل كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="546"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="548"/>
        <source>it does not decode</source>
        <translation>تعذّر فكّ ترميزه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="549"/>
        <source>This cannot be displayed: {}.

The original is kept unchanged; its details are on the right.</source>
        <translation>لا يمكن عرض هذا: {}.

يبقى الأصل دون تغيير؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="556"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} بكسل — العجلة أو Ctrl +/− للتكبير، اسحب للتحريك، Ctrl+0 للملاءمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="559"/>
        <source>Damaged: shown as far as it decodes; the original is kept unchanged. {}</source>
        <translation>تالف: يُعرض بقدر ما يمكن فكّ ترميزه؛ يبقى الأصل دون تغيير. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="587"/>
        <source>, turned {}°</source>
        <translation>، مُدارة {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="588"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>الصفحة {} من {} (الصفحة الأصلية {}{})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="191"/>
        <source>Adjust the cut of finger {}</source>
        <translation>ضبط قصّ الإصبع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="198"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="198"/>
        <source>height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="211"/>
        <source>Drag on the card to draw the box.</source>
        <translation>اسحب على البطاقة لرسم الإطار.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="14"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="15"/>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="16"/>
        <source>ID card</source>
        <translation>بطاقة هوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="17"/>
        <source>Weapon</source>
        <translation>سلاح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="18"/>
        <source>Media</source>
        <translation>وسائط تخزين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="19"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="20"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="162"/>
        <source>Search tag, case, category, description, date</source>
        <translation>ابحث بالحرز أو القضية أو الفئة أو الوصف أو التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="177"/>
        <source>New item (Ctrl+N)</source>
        <translation>حرز جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="186"/>
        <source>Select or create an item</source>
        <translation>اختر حرزاً أو أنشئ واحداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="208"/>
        <source>Captures</source>
        <translation>الالتقاطات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="209"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="210"/>
        <source>Custody</source>
        <translation>الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="212"/>
        <source>Acquisitions</source>
        <translation>عمليات الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="217"/>
        <source>Import the new files into this item</source>
        <translation>استيراد الملفات الجديدة إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="220"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="260"/>
        <source>New site…</source>
        <translation>موقع جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="271"/>
        <source>Save details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="275"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="276"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="277"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="278"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="280"/>
        <source>Time recovered (UTC)</source>
        <translation>وقت الاسترداد (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="281"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="309"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="366"/>
        <source>Custody chain intact</source>
        <translation>سلسلة الحيازة سليمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="366"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>سلسلة الحيازة مكسورة: </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="377"/>
        <source>(no site)</source>
        <translation>(بلا موقع)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="406"/>
        <source>Saved; the change is in the custody log.</source>
        <translation>حُفظ؛ التغيير مسجّل في سجل الحيازة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="440"/>
        <source>Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.</source>
        <translation>خطا العرض والطول بالدرجات العشرية، مثل 34.5553 و69.2075.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="445"/>
        <source>Site {} added; choose it and save the details.</source>
        <translation>أُضيف الموقع {}؛ اختره واحفظ التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="480"/>
        <source>Tag {} read: item selected</source>
        <translation>قُرئ الحرز {}: حُدّد الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="485"/>
        <source>Read by the camera: {}</source>
        <translation>قرأته الكاميرا: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="515"/>
        <source>Camera card {}: {} new file(s), {} already in the store.</source>
        <translation>بطاقة الكاميرا {}: {} ملف جديد، {} موجود في المخزن.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="534"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="554"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="578"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="556"/>
        <source>Import files into this item</source>
        <translation>استيراد ملفات إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="559"/>
        <source>Import a folder instead…  (Ctrl+Shift+I)</source>
        <translation>استيراد مجلد بدلاً من ذلك…  (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="560"/>
        <source>Every file in a folder and its subfolders, as `fieldkit import` does</source>
        <translation>كل ملف في مجلد ومجلداته الفرعية، كما يفعل `fieldkit import`</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="580"/>
        <source>Import a folder (and its subfolders) into this item</source>
        <translation>استيراد مجلد (ومجلداته الفرعية) إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="622"/>
        <source>{} stored, {} already in this item, {} not stored</source>
        <translation>حُفظ {}، و{} موجود في هذا الحرز، و{} لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="598"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="598"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="607"/>
        <source>Imported {} files; last: {}</source>
        <translation>استُورد {} ملف؛ الأخير: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="621"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="122"/>
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
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="122"/>
        <source>could not be decoded</source>
        <translation>تعذّر فكّ ترميزها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="128"/>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
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
    <name>Kind</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="28"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="29"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="30"/>
        <source>Fingerprint</source>
        <translation>بصمة إصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="31"/>
        <source>Audio or video</source>
        <translation>صوت أو فيديو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="32"/>
        <source>File</source>
        <translation>ملف</translation>
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
        <location filename="../../fieldkit/gui/mainwindow.py" line="130"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="131"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="132"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="134"/>
        <source>Fingerprints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="138"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="139"/>
        <source>Outbox</source>
        <translation>صندوق الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="140"/>
        <source>Verify (HQ)</source>
        <translation>التحقق (القيادة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="141"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="175"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="181"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="182"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="185"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="189"/>
        <source>Next item</source>
        <translation>الحرز التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="190"/>
        <source>Previous item</source>
        <translation>الحرز السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="191"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="323"/>
        <source>UNLOCKED</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="323"/>
        <source>LOCKED</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="327"/>
        <source>Operator: {}</source>
        <translation>المشغّل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="328"/>
        <source>Not yet bundled: {}</source>
        <translation>لم تُحزم بعد: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="332"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>المساحة الحرة: {:.1f} غ.ب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="346"/>
        <source>Language saved; every text follows at the next start.</source>
        <translation>حُفظت اللغة؛ تتغير كل النصوص عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="308"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>مُسح المخزن: لا يستطيع أحد فتحه بعد الآن.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="81"/>
        <location filename="../../fieldkit/gui/player.py" line="142"/>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="84"/>
        <source>Play or pause (Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="112"/>
        <source>No sound in this recording.</source>
        <translation>لا صوت في هذا التسجيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="129"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="205"/>
        <source>Decrypting the recording…</source>
        <translation>جارٍ فك تشفير التسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="231"/>
        <source>This part of the recording cannot be played ({}); the original is kept unchanged.</source>
        <translation>لا يمكن تشغيل هذا الجزء من التسجيل ({})؛ يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="235"/>
        <source>unexpected error in playback ({})</source>
        <translation>خطأ غير متوقع في التشغيل ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="247"/>
        <source>Damaged from {}: {}</source>
        <translation>تالف ابتداءً من {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="328"/>
        <source>Press Play to see the recording.</source>
        <translation>اضغط «تشغيل» لرؤية التسجيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="330"/>
        <source>♪ Sound only</source>
        <translation>♪ صوت فقط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="383"/>
        <source>Sound unavailable: this computer has no audio output.</source>
        <translation>الصوت غير متاح: لا مخرج صوت في هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="386"/>
        <source>Sound unavailable: the audio output does not play {} Hz.</source>
        <translation>الصوت غير متاح: مخرج الصوت لا يدعم {} هرتز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="392"/>
        <source>Sound: {}</source>
        <translation>الصوت: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="396"/>
        <source>The pictures play alone.</source>
        <translation>تُعرض الصورة دون صوت.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="413"/>
        <source>Sound unavailable: the audio output did not start.</source>
        <translation>الصوت غير متاح: لم يبدأ مخرج الصوت.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="58"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="64"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>رقم الحرز، مثل EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="68"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="69"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>قراءة رقم الحرز من صورة رمزه الشريطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="72"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="75"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="86"/>
        <source>Photo of the tag</source>
        <translation>صورة الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="94"/>
        <source>Read from the photo: {}</source>
        <translation>قُرئ من الصورة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="96"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>لم يُعثر على رمز شريطي أو QR: اكتب رقم الحرز.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="142"/>
        <source>New subject</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="148"/>
        <source>e.g. S-0001</source>
        <translation>مثلاً S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="153"/>
        <source>three letters, e.g. SYR</source>
        <translation>ثلاثة أحرف، مثلاً SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="156"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="157"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="158"/>
        <source>Name given (claimed)</source>
        <translation>الاسم المُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="159"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="160"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="161"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>uploading {}%</source>
        <translation>جارٍ الإرسال {}%</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="82"/>
        <source>verifying at HQ</source>
        <translation>قيد التحقق في القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="82"/>
        <source>acknowledged by HQ</source>
        <translation>أقرّت القيادة بالاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="84"/>
        <source>REJECTED</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="211"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>انقر مرتين على حزمة لرؤية إقرار استلام القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="218"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="221"/>
        <source>Send the selected bundle again</source>
        <translation>إعادة إرسال الحزمة المحددة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="223"/>
        <source>Free space: remove what HQ acknowledged…</source>
        <translation>تحرير مساحة: إزالة ما أقرّت القيادة باستلامه…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="225"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>الإرسال تلقائياً كلما ردّت القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="285"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} في الانتظار، {} مُقرّ باستلامها، {} مرفوضة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="288"/>
        <source>HQ: {}</source>
        <translation>القيادة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="290"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>لا عنوان للقيادة بعد: استورد ملف تهيئة يتضمّنه (الإعدادات). يمكن للحزم أن تنتقل على قرص قابل للإزالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="294"/>
        <source>Asking HQ…</source>
        <translation>جارٍ سؤال القيادة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="297"/>
        <source>Already sending.</source>
        <translation>الإرسال جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="304"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>ردّت القيادة؛ صندوق الإرسال محدَّث.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="305"/>
        <source>HQ did not answer: bundles wait and go when it does.</source>
        <translation>لم تردّ القيادة: تنتظر الحزم وتُرسل عندما تردّ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="315"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>لا شيء للإزالة: لا التقاط في حزمة أقرّت القيادة باستلامها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="319"/>
        <source>Free space</source>
        <translation>تحرير مساحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="321"/>
        <source>{} capture(s), {:.1f} MB, are safe at HQ (acknowledged with a verified receipt).
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>{} التقاط، {:.1f} ميغابايت، في أمان لدى القيادة (إقرار استلام موثَّق).
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="325"/>
        <source>Nothing removed.</source>
        <translation>لم يُزل شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="330"/>
        <source>Removed {} capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>أُزيلت {} التقاطات؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="340"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>الحزمة {}: لا إقرار استلام من القيادة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="343"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>الحزمة {} — إقرار موقَّع من القيادة ({})، التوقيع مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="345"/>
        <source>Verdict: {}</source>
        <translation>النتيجة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="346"/>
        <source>Received: {}</source>
        <translation>استُلم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="347"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 للملف المرسَل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="348"/>
        <source>Bundle id: {}</source>
        <translation>معرّف الحزمة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="351"/>
        <source>Reason: {}: {}</source>
        <translation>السبب: {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="356"/>
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
        <location filename="../../fieldkit/gui/pages/scanner.py" line="35"/>
        <source>Look for scanners</source>
        <translation>البحث عن الماسحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="44"/>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="45"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="75"/>
        <source>Colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="46"/>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="51"/>
        <source>Flatbed (one page)</source>
        <translation>السطح الزجاجي (صفحة واحدة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="52"/>
        <source>Document feeder (all pages)</source>
        <translation>وحدة التغذية (كل الصفحات)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="53"/>
        <source>Feeder, both sides</source>
        <translation>وحدة التغذية، الوجهان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="57"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="59"/>
        <source>Scan into the current item</source>
        <translation>المسح إلى الحرز الحالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="72"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="74"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="76"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="104"/>
        <source>Looking for scanners…</source>
        <translation>جارٍ البحث عن الماسحات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="117"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>لم يُعثر على ماسح. صِلْ واحداً وشغّله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="136"/>
        <source>Preview (not stored).</source>
        <translation>معاينة (غير محفوظة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="144"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="149"/>
        <source>Scanning…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="154"/>
        <source>Stored {} page(s) as capture #{} in {}</source>
        <translation>حُفظت {} صفحة كالتقاط رقم {} في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="160"/>
        <source>Scanned page {}…</source>
        <translation>مُسحت الصفحة {}…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="43"/>
        <source>Add operator…</source>
        <translation>إضافة مشغّل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="45"/>
        <source>Remove operator</source>
        <translation>إزالة المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="47"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="51"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="60"/>
        <source>Import provisioning file…</source>
        <translation>استيراد ملف التهيئة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="62"/>
        <source>Emergency wipe…</source>
        <translation>المسح الطارئ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Operators</source>
        <translation>المشغّلون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="73"/>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="74"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="75"/>
        <source>Store location</source>
        <translation>موقع المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>Device key fingerprint</source>
        <translation>بصمة مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="77"/>
        <source>Headquarters</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="78"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="105"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="105"/>
        <source>New passphrase for {}:</source>
        <translation>عبارة مرور جديدة لـ {}:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="109"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Add operator</source>
        <translation>إضافة مشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Operator name:</source>
        <translation>اسم المشغّل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="121"/>
        <source>Added operator {}</source>
        <translation>أُضيف المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="129"/>
        <source>Removed operator {}</source>
        <translation>أُزيل المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="141"/>
        <source>Changed the passphrase of {}</source>
        <translation>تم تغيير عبارة مرور {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="146"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>تمت التهيئة: {} مستلم جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="153"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>هذا يدمّر كل المفاتيح: لن يفتح أحد هذا المخزن أبداً.
اكتب WIPE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="156"/>
        <source>Wipe cancelled.</source>
        <translation>أُلغي المسح.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="105"/>
        <source>New site</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="116"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="117"/>
        <source>Latitude (WGS 84)</source>
        <translation>خط العرض (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="118"/>
        <source>Longitude (WGS 84)</source>
        <translation>خط الطول (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="120"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>SourceTroubles</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="93"/>
        <source>{} ({}) is not available: {}</source>
        <translation>{} ({}) غير متاح: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="94"/>
        <source>{} ({}) failed: {}</source>
        <translation>{} ({}) فشل: {}</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="50"/>
        <source>New subject…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="55"/>
        <source>rolled</source>
        <translation>مدحرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="56"/>
        <source>plain</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="57"/>
        <source>Capture finger (Space)</source>
        <translation>التقاط الإصبع (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="60"/>
        <source>Import ten-print card…</source>
        <translation>استيراد بطاقة البصمات العشر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="62"/>
        <source>Add print from file…</source>
        <translation>إضافة بصمة من ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="64"/>
        <source>Adjust cut…</source>
        <translation>ضبط القصّ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="66"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="163"/>
        <source>Choose or create a subject.</source>
        <translation>اختر شخصاً أو أنشئه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="72"/>
        <source>Subject</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="76"/>
        <source>Live-scan device</source>
        <translation>جهاز المسح الحي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="141"/>
        <source>No live-scan device: import a card or a print file</source>
        <translation>لا جهاز مسح حي: استورد بطاقة أو ملف بصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="170"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{}: أُخذت {} من 14 بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="172"/>
        <source>Take again: {}.</source>
        <translation>أعد أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="174"/>
        <source>Still to take: {}.</source>
        <translation>ما زال يجب أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="212"/>
        <source>Subject {} created.</source>
        <translation>أُنشئ الشخص {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="219"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="265"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="289"/>
        <source>Choose or create a subject first.</source>
        <translation>اختر شخصاً أو أنشئه أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="222"/>
        <source>No live-scan device is connected.</source>
        <translation>لا جهاز مسح حي متصل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="228"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>جارٍ التقاط {}… أبقِ الإصبع على الزجاج.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="237"/>
        <source>{}: kept, but it could not be decoded ({}). Take it again.</source>
        <translation>{}: حُفظت، لكن تعذّر فكّ ترميزها ({}). أعد أخذها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="242"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{}: جودة رديئة (NFIQ 2 {}). أعد أخذها الآن: نظّف الزجاج واضغط بالتساوي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="246"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{}: حُفظت (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="268"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>مسح بطاقة البصمات العشر (500 نقطة/بوصة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="272"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>جارٍ قصّ البطاقة إلى أربع عشرة بصمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="277"/>
        <source>Card stored; {} impressions cut.</source>
        <translation>حُفظت البطاقة؛ قُصّت {} بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="279"/>
        <source>Empty boxes: {}.</source>
        <translation>خانات فارغة: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="292"/>
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
        <location filename="../../fieldkit/gui/pages/verify.py" line="72"/>
        <source>HQ folder (made by &apos;fieldkit hq init&apos;)</source>
        <translation>مجلد القيادة (أنشأه &apos;fieldkit hq init&apos;)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="75"/>
        <source>Open bundle…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="77"/>
        <source>Open or drop a bundle here.</source>
        <translation>افتح حزمة أو أفلتها هنا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="94"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="94"/>
        <source>Reason / how</source>
        <translation>السبب / الكيفية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="97"/>
        <source>Ingest</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="100"/>
        <source>Save HTML report…</source>
        <translation>حفظ تقرير HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="117"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="119"/>
        <source>Items and photos</source>
        <translation>الأحراز والصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="124"/>
        <source>Custody timeline</source>
        <translation>التسلسل الزمني للحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="128"/>
        <source>HQ folder</source>
        <translation>مجلد القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>Open bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>الحزم (*.fkb);;الكل (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="148"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>اختر مجلد القيادة أولاً: فيه المفتاح الذي يفتح الحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="157"/>
        <source>Verifying {}…</source>
        <translation>جارٍ التحقق من {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="171"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="172"/>
        <source>REJECTED: {}</source>
        <translation>مرفوض: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="195"/>
        <source>{} captures: {} could not be analysed on the device, {} damaged; {} derived product(s) left out. Their originals are in the bundle.</source>
        <translation>{} التقاط: {} تعذّر تحليلها على الجهاز، {} تالفة؛ {} ناتج مشتق مُستبعد. أصولها موجودة في الحزمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="202"/>
        <source>VALID: authentic, complete and unaltered — but {} capture(s) failed analysis, {} damaged, {} product(s) left out (below)</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل — لكن {} التقاط فشل تحليلها، {} تالفة، {} ناتج مُستبعد (أدناه)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="221"/>
        <source>; missing from this device: {}</source>
        <translation>؛ الناقص من هذا الجهاز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="232"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
<context>
    <name>pane</name>
    <message>
        <location filename="../../fieldkit/gui/tables.py" line="189"/>
        <source>Select a row to read it whole here.</source>
        <translation>اختر صفاً لقراءته كاملاً هنا.</translation>
    </message>
</context>
</TS>
