<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="67"/>
        <source>ANALYSIS FAILED</source>
        <translation>فشل التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="69"/>
        <source>DAMAGED</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="71"/>
        <source>FLAGGED for review</source>
        <translation>مُعلَّم للمراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>UNKNOWN TYPE, kept and flagged</source>
        <translation>نوع مجهول، حُفظ وعُلِّم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>its first bytes name no type fieldkit knows</source>
        <translation>بايتاته الأولى لا تدل على أي نوع يعرفه fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="75"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="77"/>
        <source>not analysed on the device</source>
        <translation>لم يُحلَّل على الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="78"/>
        <source>analysed</source>
        <translation>حُلِّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="42"/>
        <source>Get another copy from the device or the drive it came on; keep this one until then.</source>
        <translation>احصل على نسخة أخرى من الجهاز أو من الوسيط الذي جاءت عليه؛ واحتفظ بهذه حتى ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="45"/>
        <source>Check the device with its operator; if it may be compromised, revoke it (&apos;fieldkit hq revoke&apos;).</source>
        <translation>افحص الجهاز مع مشغّله؛ وإن احتُمل اختراقه فألغِه (&apos;fieldkit hq revoke&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="48"/>
        <source>Keep it as evidence and find out who delivered it; the device can send its own copy again.</source>
        <translation>احتفظ بها دليلاً واعرف من سلّمها؛ ويمكن للجهاز أن يرسل نسخته مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="54"/>
        <source>Compare the bundles the alarm names (both are kept) and check the device; if it may be compromised, revoke it (&apos;fieldkit hq revoke&apos;).</source>
        <translation>قارن الحزم التي يسمّيها الإنذار (كلتاهما محفوظة) وافحص الجهاز؛ وإن احتُمل اختراقه فألغِه (&apos;fieldkit hq revoke&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="55"/>
        <source>Its sealed contents were cut short, damaged or added to on the way.</source>
        <translation>محتواها المختوم مبتور أو تالف أو زيد عليه في الطريق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="60"/>
        <source>It holds an archive entry fieldkit never writes: it was made or altered by another program.</source>
        <translation>تحوي مدخلاً في الأرشيف لا يكتبه fieldkit أبداً: صنعها أو عدّلها برنامج آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="64"/>
        <source>Its signature does not hold: it was changed after signing, or someone else made it.</source>
        <translation>توقيعها لا يصحّ: عُدّلت بعد التوقيع، أو صنعها شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="68"/>
        <source>It is signed by an enrolled device, but its contents do not match what the device signed.</source>
        <translation>وقّعها جهاز مسجّل، لكن محتواها لا يطابق ما وقّعه الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="72"/>
        <source>It is signed by an enrolled device, but its signed description breaks fieldkit&apos;s format.</source>
        <translation>وقّعها جهاز مسجّل، لكن وصفها الموقَّع يخالف صيغة fieldkit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="76"/>
        <source>It is not a bundle as fieldkit writes it: made or altered by another program.</source>
        <translation>ليست حزمة كما يكتبها fieldkit: صنعها أو عدّلها برنامج آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="83"/>
        <source>It is not an encrypted fieldkit bundle: a wrong file, or one damaged on the way.</source>
        <translation>ليست حزمة fieldkit مشفّرة: ملف خاطئ، أو ملف تلف في الطريق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="84"/>
        <source>Check that it is the .fkb file the device wrote, then get another copy.</source>
        <translation>تحقّق من أنها ملف ‎.fkb الذي كتبه الجهاز، ثم احصل على نسخة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="87"/>
        <source>It was not sealed for this HQ&apos;s key, or its sealed envelope was altered.</source>
        <translation>لم تُختم لمفتاح هذه القيادة، أو عُدّل غلافها المختوم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="91"/>
        <source>Check that the device was provisioned for this HQ (&apos;fieldkit hq recipient&apos;); if it was, get another copy.</source>
        <translation>تحقّق من أن الجهاز هُيّئ لهذه القيادة (&apos;fieldkit hq recipient&apos;)؛ فإن كان كذلك فاحصل على نسخة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="93"/>
        <source>Its sealed envelope is empty, cut short or damaged.</source>
        <translation>غلافها المختوم فارغ أو مبتور أو تالف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="95"/>
        <source>Its sealed envelope&apos;s header was altered after it was sealed.</source>
        <translation>عُدّل رأس غلافها المختوم بعد ختمه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="98"/>
        <source>Get another copy from the device; if that one fails the same way, keep both and report it.</source>
        <translation>احصل على نسخة أخرى من الجهاز؛ وإن فشلت بالطريقة نفسها فاحتفظ بالنسختين وأبلغ عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="123"/>
        <source>It is signed by a device this HQ has not enrolled.</source>
        <translation>إنها موقّعة من جهاز لم تسجّله هذه القيادة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="128"/>
        <source>If the device is new, enrol it (&apos;fieldkit hq enroll&apos;) and check the bundle again; if not, treat it as a forgery.</source>
        <translation>إن كان الجهاز جديداً فسجّله (&apos;fieldkit hq enroll&apos;) ثم افحص الحزمة مرة أخرى؛ وإلا فعاملها كتزوير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="131"/>
        <source>It is signed by a device whose key HQ has withdrawn.</source>
        <translation>إنها موقّعة من جهاز سحبت القيادة مفتاحه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="132"/>
        <source>Do not use it: whoever still holds that key is suspect. Report it and keep the file.</source>
        <translation>لا تستخدمها: كل من لا يزال يحمل ذلك المفتاح مشتبه به. أبلغ عن ذلك واحتفظ بالملف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="166"/>
        <source>Its custody log does not match what the device signed: entries were edited or cut on the device.</source>
        <translation>سجل العهدة فيها لا يطابق ما وقّعه الجهاز: عُدّلت مدخلات أو قُطعت على الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="172"/>
        <source>A sample&apos;s custody steps differ from the custody log the device signed: one of them was altered.</source>
        <translation>خطوات حيازة إحدى العيّنات تختلف عن سجل الحيازة الذي وقّعه الجهاز: عُدّلت إحداها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="176"/>
        <source>A shipment&apos;s manifest document is missing or is not the one its record names.</source>
        <translation>بيان شحن إحدى الشحنات مفقود أو ليس البيان الذي يسمّيه سجلّها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="182"/>
        <source>Its bundle number is beyond 1000000000: the device&apos;s key may be misused to burn numbers.</source>
        <translation>رقم الحزمة يتجاوز 1000000000: قد يُساء استخدام مفتاح الجهاز لاستنزاف الأرقام.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="187"/>
        <source>Update fieldkit at HQ, then check the bundle again.</source>
        <translation>حدّث fieldkit في القيادة، ثم افحص الحزمة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="192"/>
        <source>The file cannot be read or checked: the drive may be failing, or fieldkit met something unforeseen.</source>
        <translation>لا يمكن قراءة الملف أو فحصه: قد يكون الوسيط معطوباً، أو صادف fieldkit أمراً غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="193"/>
        <source>Get another copy; if it fails the same way, report it with the file&apos;s SHA-256.</source>
        <translation>احصل على نسخة أخرى؛ وإن فشلت بالطريقة نفسها فأبلغ عنها مع SHA-256 للملف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="199"/>
        <source>It is numbered far beyond the last bundle HQ holds from this device (judged when it arrived).</source>
        <translation>رقمها يتجاوز بكثير آخر حزمة تحملها القيادة من هذا الجهاز (حُكم عليها عند وصولها).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="204"/>
        <source>Check the number with the operator: if genuine, &apos;fieldkit hq ingest --accept-jump&apos;; if not, revoke the device.</source>
        <translation>تحقّق من الرقم مع المشغّل: إن كان صحيحاً فـ &apos;fieldkit hq ingest --accept-jump&apos;؛ وإلا فألغِ الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="211"/>
        <source>The device sent two different bundles under the same number: one is not genuine, or the device was copied.</source>
        <translation>أرسل الجهاز حزمتين مختلفتين بالرقم نفسه: إحداهما غير أصلية، أو نُسخ الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="223"/>
        <source>Its custody log does not continue the one HQ holds from this device: it was rewritten on the device.</source>
        <translation>سجل العهدة فيها لا يكمل السجل الذي تحمله القيادة من هذا الجهاز: أُعيدت كتابته على الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="186"/>
        <source>It was written by a newer fieldkit, in a bundle format this HQ does not know yet.</source>
        <translation>كتبها إصدار أحدث من fieldkit، بصيغة حزمة لا تعرفها هذه القيادة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="217"/>
        <source>It does not follow on from the device&apos;s previous bundle: one was replaced or is missing.</source>
        <translation>إنها لا تلي الحزمة السابقة للجهاز: استُبدلت حزمة أو هناك حزمة مفقودة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="229"/>
        <source>It is not a bundle file: a folder with no .fkb file in it, or a path that does not exist.</source>
        <translation>ليس ملف حزمة: مجلد لا يحوي ملف .fkb، أو مسار غير موجود.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="230"/>
        <source>Give the path of a bundle (.fkb) or of a folder holding bundles.</source>
        <translation>أعطِ مسار حزمة (.fkb) أو مسار مجلد يحوي حزماً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Last bundle</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="185"/>
        <source>Last received</source>
        <translation>آخر استلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Archived</source>
        <translation>المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Missing</source>
        <translation>الناقصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Abandoned</source>
        <translation>المتروكة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <source>Alarm</source>
        <translation>الإنذار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="191"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="199"/>
        <source>What HQ found</source>
        <translation>ما وجدته القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="187"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <source>What it means</source>
        <translation>ما يعنيه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="187"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <source>Copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>Held file</source>
        <translation>الملف المحفوظ</translation>
    </message>
</context>
<context>
    <name>AcquisitionsView</name>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="61"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="61"/>
        <source>Reason / link</source>
        <translation>السبب / الرابط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="62"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="65"/>
        <location filename="../../fieldkit/gui/acquisitions.py" line="127"/>
        <source>Select an item to see where its files came from.</source>
        <translation>اختر حرزاً لترى من أين جاءت ملفاته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/acquisitions.py" line="104"/>
        <source>%n acquisition(s) into {} / {}: every path each one met, stored or not.</source>
        <translation>
            <numerusform>%n عمليات اكتساب إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
            <numerusform>عملية اكتساب واحدة إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
            <numerusform>عمليتا اكتساب إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
            <numerusform>%n عمليات اكتساب إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
            <numerusform>%n عملية اكتساب إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
            <numerusform>%n عملية اكتساب إلى {} / {}: كل مسار مرّت به، حُفظ أم لم يُحفظ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/acquisitions.py" line="142"/>
        <source>Acquisition #{} ({}), root {}: %n path(s).</source>
        <translation>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: %n مسارات.</numerusform>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: مسار واحد.</numerusform>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: مساران.</numerusform>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: %n مسارات.</numerusform>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: %n مساراً.</numerusform>
            <numerusform>الاكتساب رقم {} ({})، الجذر {}: %n مسار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddSampleDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="331"/>
        <source>Add a sample to {}</source>
        <translation>إضافة عيّنة إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="333"/>
        <source>A sample taken from {} / {}</source>
        <translation>عيّنة مأخوذة من {} / {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="340"/>
        <source>the id printed on the sample&apos;s tag, e.g. DNA-000123</source>
        <translation>الرقم المطبوع على بطاقة العيّنة، مثل DNA-000123</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="350"/>
        <source>Read the tag on this photo</source>
        <translation>قراءة البطاقة من هذه الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="353"/>
        <source>Photo file…</source>
        <translation>ملف صورة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="356"/>
        <source>A photo of the tag from a file: it is stored with the sample, as a capture of this item, when the sample is saved</source>
        <translation>صورة للبطاقة من ملف: تُحفظ مع العيّنة، كالتقاط لهذا الغرض، عند حفظ العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="359"/>
        <source>(no photo of this item yet)</source>
        <translation>(لا توجد صورة لهذا الغرض بعد)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="368"/>
        <source>where on the item, e.g. pistol grip, left side</source>
        <translation>الموضع على الغرض، مثل مقبض المسدس، الجهة اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="370"/>
        <source>seal number, if sealed now</source>
        <translation>رقم الختم، إن خُتمت الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="371"/>
        <source>e.g. paper envelope, swab tube</source>
        <translation>مثل ظرف ورقي، أنبوب مسحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="372"/>
        <source>e.g. dry, room temperature; cooled 4 °C</source>
        <translation>مثل جاف، حرارة الغرفة؛ مبرّد 4 °C</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="385"/>
        <source>Sample id</source>
        <translation>رقم العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="386"/>
        <source>Read from</source>
        <translation>القراءة من</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="388"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="389"/>
        <source>Where on the item</source>
        <translation>الموضع على الغرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="390"/>
        <source>Seal number</source>
        <translation>رقم الختم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="391"/>
        <source>Packaging</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="392"/>
        <source>Storage</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="393"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="394"/>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="396"/>
        <source>Save sample</source>
        <translation>حفظ العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="436"/>
        <source>Photo of the sample&apos;s tag</source>
        <translation>صورة بطاقة العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="448"/>
        <source>Reading the tag on {}…</source>
        <translation>جارٍ قراءة البطاقة في {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="449"/>
        <source>Reading the tag…</source>
        <translation>جارٍ قراءة البطاقة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="462"/>
        <source>Read: {} ({}). Check it against the tag and correct it if it differs.</source>
        <translation>قُرئ: {} ({}). قارنه بالبطاقة وصحّحه إن اختلف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="476"/>
        <source>Not read: {} Type the id printed on the tag.</source>
        <translation>لم تُقرأ: {} اكتب الرقم المطبوع على البطاقة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="486"/>
        <source>Type the sample&apos;s id, or read it from a photo of its tag.</source>
        <translation>اكتب رقم العيّنة، أو اقرأه من صورة بطاقتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="490"/>
        <source>Choose the sample&apos;s type (Alt+1 to Alt+7).</source>
        <translation>اختر نوع العيّنة (Alt+1 إلى Alt+7).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="518"/>
        <source>The photo of the tag is stored all the same, as a capture of this item: it is not lost, and it is linked to the sample when the sample is saved.</source>
        <translation>صورة البطاقة محفوظة مع ذلك، كالتقاط لهذا الغرض: لم تضِع، وتُربط بالعيّنة عند حفظها.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="107"/>
        <source>folder for new bundles</source>
        <translation>مجلد الحزم الجديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="110"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="114"/>
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>أقل من 4 غ.ب (أقراص FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="118"/>
        <source>Create bundle</source>
        <translation>إنشاء حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="121"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="135"/>
        <source>Copy to removable drive…</source>
        <translation>نسخ إلى قرص قابل للإزالة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="184"/>
        <source>%n capture(s) not yet bundled</source>
        <translation>
            <numerusform>%n التقاطات لم تُحزم بعد</numerusform>
            <numerusform>التقاط واحد لم يُحزم بعد</numerusform>
            <numerusform>التقاطان لم يُحزما بعد</numerusform>
            <numerusform>%n التقاطات لم تُحزم بعد</numerusform>
            <numerusform>%n التقاطاً لم تُحزم بعد</numerusform>
            <numerusform>%n التقاط لم تُحزم بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="186"/>
        <source>%n change(s) to send to HQ</source>
        <translation>
            <numerusform>لا تعديلات لإرسالها إلى القيادة</numerusform>
            <numerusform>تعديل واحد لإرساله إلى القيادة</numerusform>
            <numerusform>تعديلان لإرسالهما إلى القيادة</numerusform>
            <numerusform>%n تعديلات لإرسالها إلى القيادة</numerusform>
            <numerusform>%n تعديلًا لإرساله إلى القيادة</numerusform>
            <numerusform>%n تعديل لإرساله إلى القيادة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="203"/>
        <source>No folder chosen for the bundles: press Choose…</source>
        <translation>لم يُختر مجلد للحزم: اضغط «اختيار…»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="206"/>
        <source>the USB drive found</source>
        <translation>قرص USB الذي عُثر عليه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="207"/>
        <source>a new folder next to the store</source>
        <translation>مجلد جديد بجانب المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="208"/>
        <source>the folder used last</source>
        <translation>آخر مجلد استُخدم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="210"/>
        <source>Bundles go to: {}</source>
        <translation>تذهب الحزم إلى: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="229"/>
        <source>Create anyway</source>
        <translation>الإنشاء على أي حال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="232"/>
        <source>Go to item</source>
        <translation>الانتقال إلى الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="272"/>
        <source>{}: no time recovered</source>
        <translation>{}: لا وقت استرداد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="274"/>
        <source>{}: no site</source>
        <translation>{}: بلا موقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="276"/>
        <source>{}: {} is also in {} (the same file)</source>
        <translation>{}: {} موجود أيضاً في {} (الملف نفسه)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="285"/>
        <source>Worth a look before these captures travel ({}). Fix them on the item, or create the bundle anyway:</source>
        <translation>تستحق نظرة قبل أن تُرسل هذه الالتقاطات ({}). صحّحها في الحرز، أو أنشئ الحزمة على أي حال:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="306"/>
        <source>No folder is chosen for the bundles: press Choose… and pick the USB drive or a folder, then Create bundle again.</source>
        <translation>لم يُختر مجلد للحزم: اضغط «اختيار…» واختر قرص USB أو مجلداً، ثم اضغط «إنشاء حزمة» مجدداً.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="329"/>
        <source>Created %n bundle(s).</source>
        <translation>
            <numerusform>لم تُنشأ أي حزمة.</numerusform>
            <numerusform>أُنشئت حزمة واحدة.</numerusform>
            <numerusform>أُنشئت حزمتان.</numerusform>
            <numerusform>أُنشئت %n حزم.</numerusform>
            <numerusform>أُنشئت %n حزمة.</numerusform>
            <numerusform>أُنشئت %n حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="350"/>
        <source>Created %n bundle(s)</source>
        <translation>
            <numerusform>لم تُنشأ أي حزمة</numerusform>
            <numerusform>أُنشئت حزمة واحدة</numerusform>
            <numerusform>أُنشئت حزمتان</numerusform>
            <numerusform>أُنشئت %n حزم</numerusform>
            <numerusform>أُنشئت %n حزمة</numerusform>
            <numerusform>أُنشئت %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="191"/>
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>لا يوجد مستلم في القيادة: لا يمكن إنشاء حزم قبل استيراد ملف التهيئة من القيادة (الإعدادات).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="214"/>
        <source>Folder for bundles</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="315"/>
        <source>Creating bundles…</source>
        <translation>جارٍ إنشاء الحزم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="332"/>
        <source>Nothing to bundle.</source>
        <translation>لا شيء لحزمه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="335"/>
        <source>With it: %n change(s) to what HQ already holds.</source>
        <translation>
            <numerusform>لا تعديلات على ما لدى القيادة.</numerusform>
            <numerusform>يُرسل معها تعديل واحد على ما لدى القيادة.</numerusform>
            <numerusform>يُرسل معها تعديلان على ما لدى القيادة.</numerusform>
            <numerusform>يُرسل معها %n تعديلات على ما لدى القيادة.</numerusform>
            <numerusform>يُرسل معها %n تعديلًا على ما لدى القيادة.</numerusform>
            <numerusform>يُرسل معها %n تعديل على ما لدى القيادة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="340"/>
        <source>{} ({} MB) waits: it needs a bundle of {} MB; choose a larger size to send it.</source>
        <translation>{} ({} ميغابايت) ينتظر: يحتاج إلى حزمة بحجم {} ميغابايت؛ اختر حجماً أكبر لإرساله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="345"/>
        <source>… and {} more</source>
        <translation>… و{} غيرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="346"/>
        <source>Every capture is in it, but these products are left out:</source>
        <translation>كل الالتقاطات فيها، لكن هذه النواتج المشتقة مُستبعدة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="385"/>
        <source>Choose the removable drive</source>
        <translation>اختر القرص القابل للإزالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="392"/>
        <source>Copying bundle {} to {} and reading it back…</source>
        <translation>جارٍ نسخ الحزمة {} إلى {} وقراءتها للتحقق…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="402"/>
        <source>Copied and verified: {}</source>
        <translation>نُسخ وتُحقّق منه: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="403"/>
        <source>Bundle {} copied to the drive and verified</source>
        <translation>نُسخت الحزمة {} إلى القرص وتُحقّق منها</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="50"/>
        <source>Take photo (Space)</source>
        <translation>التقاط صورة (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="54"/>
        <source>Read evidence tag (T)</source>
        <translation>قراءة رقم الحرز (T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="57"/>
        <source>Hold the tag&apos;s barcode or QR code to the camera; nothing is stored</source>
        <translation>قرّب الرمز الشريطي أو رمز QR للحرز من الكاميرا؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="76"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="78"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="93"/>
        <source>Take photo into {} (Space)</source>
        <translation>التقاط صورة إلى {} (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="94"/>
        <source>Take photo (choose an item first)</source>
        <translation>التقاط صورة (اختر حرزاً أولاً)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="121"/>
        <source>No camera found. Connect one, or import photos from the camera&apos;s card.</source>
        <translation>لم يُعثر على كاميرا. صِلْ واحدة، أو استورد الصور من بطاقتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="150"/>
        <source>The camera could not take it.</source>
        <translation>تعذّر على الكاميرا التقاطها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="217"/>
        <source>Photo added to {}</source>
        <translation>أُضيفت الصورة إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="191"/>
        <source>Evidence tag read: {}</source>
        <translation>قُرئ رقم الحرز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="195"/>
        <source>No barcode or QR code in view: hold the tag closer, flat and lit, and press T again.</source>
        <translation>لا رمز شريطي أو QR في الصورة: قرّب الحرز مسطّحاً ومُضاءً واضغط T مجدداً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="161"/>
        <location filename="../../fieldkit/gui/pages/camera.py" line="205"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="152"/>
        <source>Live view; photos go into the item named above.</source>
        <translation>عرض مباشر؛ تذهب الصور إلى الحرز المذكور أعلاه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="212"/>
        <source>Storing a photo in {}…</source>
        <translation>جارٍ حفظ صورة في {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="216"/>
        <source>Stored photo #{} in {}</source>
        <translation>حُفظت الصورة رقم {} في {}</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="383"/>
        <source>{} moved to {}</source>
        <translation>نُقل {} إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="404"/>
        <source>{} deleted from {}</source>
        <translation>حُذف {} من {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="425"/>
        <source>Flagged {} in {}</source>
        <translation>تم وضع علامة على {} في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="446"/>
        <source>Flag cleared on {} in {}</source>
        <translation>أُزيلت العلامة عن {} في {}</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="186"/>
        <location filename="../../fieldkit/gui/viewer.py" line="375"/>
        <location filename="../../fieldkit/gui/viewer.py" line="978"/>
        <source>Decrypting…</source>
        <translation>جارٍ فك التشفير…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="202"/>
        <source>All facts</source>
        <translation>كل المعطيات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="206"/>
        <source>Fact</source>
        <translation>المعطى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="206"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="281"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="281"/>
        <source>Left arrow; Home: the first</source>
        <translation>السهم الأيسر؛ Home: الأول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="282"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="282"/>
        <source>Right arrow; End: the last</source>
        <translation>السهم الأيمن؛ End: الأخير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="291"/>
        <source>Retake</source>
        <translation>إعادة الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="291"/>
        <source>Take this capture again for the same item</source>
        <translation>أعد هذا الالتقاط للحرز نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="293"/>
        <source>Flag for review…</source>
        <translation>وضع علامة للمراجعة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="294"/>
        <source>Mark it to check or take again (Ctrl+Shift+F)</source>
        <translation>ضع علامة للتحقق أو لإعادة الالتقاط (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="297"/>
        <source>Set resolution…</source>
        <translation>تحديد الدقة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="299"/>
        <source>State this print&apos;s resolution (and finger): it is then scored and searched against the watchlist</source>
        <translation>حدّد دقة هذه البصمة (وإصبعها): تُقيَّم بعدها ويُبحث عنها في قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="302"/>
        <source>Move to item…</source>
        <translation>نقل إلى حرز…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="304"/>
        <source>Delete with reason…</source>
        <translation>حذف مع ذكر السبب…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="403"/>
        <source>{} of {} — {} — {} / {}</source>
        <translation>{} من {} — {} — {} / {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/viewer.py" line="452"/>
        <source>Resolution set; the print was scored and searched: %n hit(s).</source>
        <translation>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: لا تطابق (%n).</numerusform>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: تطابق واحد (%n).</numerusform>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: تطابقان (%n).</numerusform>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: %n تطابقات.</numerusform>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: %n تطابقًا.</numerusform>
            <numerusform>حُدّدت الدقة؛ قُيّمت البصمة وبُحث عنها: %n تطابق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="461"/>
        <source>Setting the resolution, then scoring and searching the print…</source>
        <translation>جارٍ تحديد الدقة، ثم تقييم البصمة والبحث عنها…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="626"/>
        <source>Clear flag…</source>
        <translation>إزالة العلامة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="629"/>
        <source>The flag is resolved: clear it (kept in the custody log)</source>
        <translation>حُلّت المسألة: أزل العلامة (تُحفظ في سجل الحيازة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="642"/>
        <source>Flagged for review: {} — by {}, {} UTC</source>
        <translation>عليه علامة للمراجعة: {} — بواسطة {}، {} UTC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="654"/>
        <source>the original is kept unchanged.</source>
        <translation>يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="657"/>
        <source>Analysis failed: {} — {}</source>
        <translation>فشل التحليل: {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="660"/>
        <source>Being analysed in the sandbox; this view updates when it is done.</source>
        <translation>قيد التحليل في البيئة المعزولة؛ يتحدّث هذا العرض عند انتهائه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="663"/>
        <source>Analysis found damage: {} — {}</source>
        <translation>وجد التحليل تلفاً: {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="674"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="674"/>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="675"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Members</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="678"/>
        <source>Not shown</source>
        <translation>غير معروض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="679"/>
        <source>Being analysed</source>
        <translation>قيد التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="736"/>
        <source>The original is kept unchanged.</source>
        <translation>يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="737"/>
        <source>Analysis failed: {}

{}
Its details are on the right.</source>
        <translation>فشل التحليل: {}

{}
التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="741"/>
        <source>Being analysed…

This view updates when the analysis is recorded.</source>
        <translation>قيد التحليل…

يتحدّث هذا العرض عند تسجيل التحليل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="741"/>
        <source>No preview for this kind of file.</source>
        <translation>لا معاينة لهذا النوع من الملفات.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="742"/>
        <source>Size: {}</source>
        <translation>الحجم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="745"/>
        <source>Entropy: {} bits per byte (8 = random: compressed or encrypted)</source>
        <translation>الإنتروبيا: {} بت لكل بايت (8 = عشوائي: مضغوط أو مشفّر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="746"/>
        <source>SHA-256: {}</source>
        <translation>SHA-256: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="771"/>
        <source>The preview analysis made of this {} in the sandbox ({} × {} pixels); the viewer does not render it larger. The original is kept unchanged.</source>
        <translation>المعاينة التي أنتجها التحليل لهذا الملف {} في البيئة المعزولة ({} × {} بكسل)؛ لا يعرضها العارض بحجم أكبر. يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="792"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="805"/>
        <source>No text layer; OCR text:</source>
        <translation>لا طبقة نص؛ النص المستخرج بالتعرّف الضوئي (OCR):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="806"/>
        <source>No text layer; no text found.</source>
        <translation>لا طبقة نص؛ لم يُعثر على نص.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="814"/>
        <source>Warning: no text was found on page(s) {} (blank, too faint, handwriting or a picture). Check them by eye; search will not find them.</source>
        <translation>تنبيه: لم يُعثر على نص في الصفحة أو الصفحات {} (فارغة أو باهتة جدًا أو بخط اليد أو صورة). افحصها بالعين؛ لن يجدها البحث.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="821"/>
        <source>No text found in this file.</source>
        <translation>لم يُعثر على نص في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="827"/>
        <source>text layer</source>
        <translation>طبقة النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="828"/>
        <source>OCR</source>
        <translation>التعرف الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="830"/>
        <source>— page {} ({}) —</source>
        <translation>— الصفحة {} ({}) —</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="831"/>
        <source>(no text found)</source>
        <translation>(لم يُعثر على نص)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="864"/>
        <source>{} members, {} when expanded; {} encrypted. Listed from the archive&apos;s own directory.</source>
        <translation>{} ملف، {} بعد الفكّ؛ {} مشفّر. القائمة مأخوذة من فهرس الأرشيف نفسه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="868"/>
        <source>{} of them were stored as captures of this item; the archive is kept as acquired.</source>
        <translation>حُفظ {} منها كالتقاطات لهذا الحرز؛ يبقى الأرشيف كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="872"/>
        <source>Nothing was extracted: the archive is kept as acquired, its members are only listed.</source>
        <translation>لم يُستخرج شيء: يبقى الأرشيف كما اكتُسب، وملفاته معروضة في القائمة فقط.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="934"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="935"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="937"/>
        <source>Earlier</source>
        <translation>إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="937"/>
        <source>Move this page earlier (Ctrl+Page Up)</source>
        <translation>نقل هذه الصفحة إلى الأمام (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="938"/>
        <source>Later</source>
        <translation>إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="938"/>
        <source>Move this page later (Ctrl+Page Down)</source>
        <translation>نقل هذه الصفحة إلى الخلف (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="939"/>
        <source>Left</source>
        <translation>يسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="939"/>
        <source>Turn left (Ctrl+Shift+R)</source>
        <translation>تدوير لليسار (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="940"/>
        <source>Right</source>
        <translation>يمين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="940"/>
        <source>Turn right (Ctrl+R)</source>
        <translation>تدوير لليمين (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="941"/>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="941"/>
        <source>Original order and rotation</source>
        <translation>الترتيب والتدوير الأصليان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="873"/>
        <source>Only the first {} are listed.</source>
        <translation>لا تُعرض إلا أول {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Compressed</source>
        <translation>مضغوط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="876"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="890"/>
        <source>{} records. {}</source>
        <translation>{} سجل. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="896"/>
        <source>The transaction&apos;s first print, as analysis decoded it in the sandbox</source>
        <translation>أول بصمة في المعاملة، كما فكّ التحليل ترميزها في البيئة المعزولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Impression</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Finger</source>
        <translation>الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>Compression</source>
        <translation>الضغط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>ppi</source>
        <translation>نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>Image bytes</source>
        <translation>بايتات الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="909"/>
        <source>{} tables; rows are counted, not shown: examine the original with the tools made for its app.</source>
        <translation>{} جدول؛ الصفوف معدودة لا معروضة: افحص الأصل بالأدوات المخصّصة لتطبيقه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="955"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>الترتيب والتدوير عرضٌ فقط: يبقى الأصل كما اكتُسب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="996"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>لا معاينة لهذا النوع من الملفات؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="998"/>
        <source>it does not decode</source>
        <translation>تعذّر فكّ ترميزه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="999"/>
        <source>This cannot be displayed: {}.

The original is kept unchanged; its details are on the right.</source>
        <translation>لا يمكن عرض هذا: {}.

يبقى الأصل دون تغيير؛ التفاصيل على الجانب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1006"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} بكسل — العجلة أو Ctrl +/− للتكبير، اسحب للتحريك، Ctrl+0 للملاءمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1009"/>
        <source>Damaged: shown as far as it decodes; the original is kept unchanged. {}</source>
        <translation>تالف: يُعرض بقدر ما يمكن فكّ ترميزه؛ يبقى الأصل دون تغيير. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1037"/>
        <source>, turned {}°</source>
        <translation>، مُدارة {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1038"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>الصفحة {} من {} (الصفحة الأصلية {}{})</translation>
    </message>
</context>
<context>
    <name>CapturesModel</name>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="224"/>
        <source>DAMAGED</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="225"/>
        <source>ANALYSIS FAILED</source>
        <translation>فشل التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="226"/>
        <source>ANALYSING…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="227"/>
        <source>FLAGGED</source>
        <translation>معلَّم للمراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="335"/>
        <source>≈ Looks like another photo (near-duplicate): open it to compare</source>
        <translation>≈ تشبه صورة أخرى (شبه مكررة): افتحها للمقارنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="436"/>
        <source>Flagged for review: {} (by {}, {})</source>
        <translation>عليه علامة للمراجعة: {} (بواسطة {}، {})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="243"/>
        <source>Adjust the cut of finger {}</source>
        <translation>ضبط قصّ الإصبع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="250"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="250"/>
        <source>height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="263"/>
        <source>Drag on the card to draw the box.</source>
        <translation>اسحب على البطاقة لرسم الإطار.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="22"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="23"/>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="24"/>
        <source>ID card</source>
        <translation>بطاقة هوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="25"/>
        <source>Weapon</source>
        <translation>سلاح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="26"/>
        <source>Media</source>
        <translation>وسائط تخزين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="27"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="28"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="137"/>
        <source>category not chosen yet</source>
        <translation>لم تُختر الفئة بعد</translation>
    </message>
</context>
<context>
    <name>ClearFlagDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="341"/>
        <source>Clear the flag of {}</source>
        <translation>إزالة العلامة عن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="344"/>
        <source>Flagged by {} on {}: {}</source>
        <translation>وضع العلامة {} في {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="350"/>
        <source>Clear flag</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="351"/>
        <source>What resolved it (optional, kept in the custody log)</source>
        <translation>كيف حُلّت (اختياري، يُحفظ في سجل الحيازة)</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="20"/>
        <source>Store created</source>
        <translation>أُنشئ المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="21"/>
        <source>Operator added: {name}</source>
        <translation>أُضيف مشغّل: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="22"/>
        <source>Operator removed: {name}</source>
        <translation>أُزيل مشغّل: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="23"/>
        <source>Passphrase changed: {name}</source>
        <translation>تغيّرت عبارة المرور: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="24"/>
        <source>Case created: {name}</source>
        <translation>أُنشئت القضية: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="25"/>
        <source>Item created: {tag}</source>
        <translation>أُنشئ الحرز: {tag}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="26"/>
        <source>Details changed: {fields}</source>
        <translation>تغيّرت التفاصيل: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="27"/>
        <source>Site added: {name}</source>
        <translation>أُضيف الموقع: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="28"/>
        <source>Acquisition started ({source})</source>
        <translation>بدأت عملية الاكتساب ({source})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="29"/>
        <source>Acquisition finished: {stored} stored</source>
        <translation>انتهت عملية الاكتساب: حُفظ {stored}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="30"/>
        <source>Acquisition stopped</source>
        <translation>توقفت عملية الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="31"/>
        <source>Imported {name}</source>
        <translation>استُورد {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="32"/>
        <source>Analysed</source>
        <translation>حُلّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="33"/>
        <source>Moved to {target} from {source}</source>
        <translation>نُقل إلى {target} من {source}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="34"/>
        <source>Deleted {name}</source>
        <translation>حُذف {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="35"/>
        <source>Flagged for review</source>
        <translation>وُضعت عليه علامة للمراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="36"/>
        <source>Flag cleared</source>
        <translation>أُزيلت العلامة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="37"/>
        <source>Original copied out</source>
        <translation>نُسخ الأصل إلى الخارج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="38"/>
        <source>Archive expanded</source>
        <translation>فُكّ الأرشيف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="39"/>
        <source>Page order or rotation changed</source>
        <translation>تغيّر ترتيب الصفحات أو تدويرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="40"/>
        <source>Text read from the pages</source>
        <translation>قُرئ النص من الصفحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="41"/>
        <source>Print quality measured</source>
        <translation>قيست جودة البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="42"/>
        <source>Prints copied out for the AFIS ({tot})</source>
        <translation>نُسخت البصمات لنظام AFIS ({tot})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="43"/>
        <source>Finger marked as {condition}</source>
        <translation>عُلّم الإصبع بأنه {condition}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="44"/>
        <source>Print resolution set to {ppi} ppi</source>
        <translation>ضُبطت دقة البصمة على {ppi} نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="45"/>
        <source>Print&apos;s finger position set to {finger}</source>
        <translation>ضُبط موضع إصبع البصمة على {finger}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="46"/>
        <source>Person added</source>
        <translation>أُضيف شخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="47"/>
        <source>Person&apos;s details changed: {fields}</source>
        <translation>تغيّرت تفاصيل الشخص: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="48"/>
        <source>Bundle created</source>
        <translation>أُنشئت حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="49"/>
        <source>Bundle abandoned</source>
        <translation>تُركت الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="50"/>
        <source>HQ recipient added</source>
        <translation>أُضيف مستلم في القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="51"/>
        <source>Setting changed</source>
        <translation>تغيّر إعداد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="52"/>
        <source>Sending set up</source>
        <translation>أُعدّ الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="53"/>
        <source>Bundle to be sent again</source>
        <translation>ستُرسل الحزمة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="54"/>
        <source>Watchlist from HQ imported</source>
        <translation>استُوردت قائمة المراقبة من القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="55"/>
        <source>Site changed: {fields}</source>
        <translation>تغيّر الموقع: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="56"/>
        <source>Bundle {sequence} rejected by HQ</source>
        <translation>رفض المقر الحزمة {sequence}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="59"/>
        <source>Bundle {sequence}: HQ received a damaged copy, to be sent again</source>
        <translation>الحزمة {sequence}: تلقى المقر نسخة تالفة، ستُرسل مجددًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="60"/>
        <source>Bundle {sequence} refused by HQ</source>
        <translation>رفض المقر الحزمة {sequence}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="63"/>
        <source>Templates made for identification ({modality}): {count}</source>
        <translation>قوالب أُنشئت للتعرّف ({modality}): {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="66"/>
        <source>No template could be made for identification ({modality})</source>
        <translation>تعذّر إنشاء أي قالب للتعرّف ({modality})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="69"/>
        <source>Templates for identification could not be made ({modality})</source>
        <translation>تعذّر إنشاء قوالب التعرّف ({modality})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="72"/>
        <source>Searched against watchlist version {version}: captures {captures}, hits {hits}</source>
        <translation>بحث في قائمة المراقبة الإصدار {version}: الالتقاطات {captures}، التطابقات {hits}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="73"/>
        <source>Watchlist search could not run</source>
        <translation>تعذّر تشغيل البحث في قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="76"/>
        <source>WATCHLIST HIT: entry {ref} ({modality}), score {score}</source>
        <translation>تطابق مع قائمة المراقبة: المُدخل {ref} ({modality})، الدرجة {score}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="79"/>
        <source>Watchlist hit on entry {ref} decided: {decision}</source>
        <translation>تقرر بشأن التطابق مع المُدخل {ref}: {decision}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="82"/>
        <source>Watchlist hit on entry {ref} confirmed by the operator</source>
        <translation>أكّد المشغّل التطابق مع المُدخل {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="85"/>
        <source>Watchlist hit on entry {ref} rejected by the operator</source>
        <translation>رفض المشغّل التطابق مع المُدخل {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="86"/>
        <source>Sample {sample} collected</source>
        <translation>جُمعت العيّنة {sample}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="87"/>
        <source>Sample {sample} sealed with seal {seal}</source>
        <translation>خُتمت العيّنة {sample} بالختم {seal}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="88"/>
        <source>Sample {sample} handed over from {from} to {to}</source>
        <translation>سُلّمت العيّنة {sample} من {from} إلى {to}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="91"/>
        <source>Sample {sample} handed over from {from} to {to}, confirmed by their passphrase</source>
        <translation>سُلّمت العيّنة {sample} من {from} إلى {to}، وأكّد المستلم بعبارة مروره</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="94"/>
        <source>Sample {sample} handed over from {from} to {to} ({rank}), name and rank typed</source>
        <translation>سُلّمت العيّنة {sample} من {from} إلى {to} ({rank})، مع كتابة الاسم والرتبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="95"/>
        <source>Sample {sample} shipped under manifest {manifest}</source>
        <translation>شُحنت العيّنة {sample} بموجب بيان الشحن {manifest}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="96"/>
        <source>Sample {sample} received by {by}</source>
        <translation>استلم {by} العيّنة {sample}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="99"/>
        <source>Sample {sample} received by {by}: seal BROKEN on arrival</source>
        <translation>استلم {by} العيّنة {sample}: الختم مكسور عند الوصول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="100"/>
        <source>Photo linked to sample {sample} ({role})</source>
        <translation>رُبطت صورة بالعيّنة {sample} ({role})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="101"/>
        <source>Shipment made under manifest {manifest}</source>
        <translation>أُعدّت شحنة بموجب بيان الشحن {manifest}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="108"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="109"/>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="110"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="111"/>
        <source>time recovered</source>
        <translation>وقت الاسترداد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="112"/>
        <source>site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="119"/>
        <source>fingerprint</source>
        <translation>بصمة إصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="120"/>
        <source>face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="131"/>
        <source>{what} — {operator}, {time}</source>
        <translation>{what} — {operator}، {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="137"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="144"/>
        <source>Entry {seq}: {action}
entry hash {entry_hash}
previous {prev_hash}</source>
        <translation>القيد {seq}: {action}
تجزئة القيد {entry_hash}
السابق {prev_hash}</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="65"/>
        <source>Decide on candidate {}</source>
        <translation>القرار بشأن المرشح {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="67"/>
        <source>Are these the same person? Nothing is merged: the decision is recorded beside the earlier ones, with your name and your note.</source>
        <translation>هل هما الشخص نفسه؟ لا يُدمج شيء: يُسجَّل القرار بجانب القرارات السابقة، مع اسمك وملاحظتك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="70"/>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="71"/>
        <source>Different people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="72"/>
        <source>Undecided (needs another look)</source>
        <translation>غير محسوم (يحتاج نظرة أخرى)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="78"/>
        <source>Your name, as it is recorded with the decision</source>
        <translation>اسمك كما يُسجَّل مع القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="81"/>
        <source>Why: the points that agree or differ</source>
        <translation>السبب: النقاط المتطابقة أو المختلفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="84"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="85"/>
        <source>Examiner</source>
        <translation>الفاحص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="86"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="88"/>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="112"/>
        <source>the decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="113"/>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="114"/>
        <source>a note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="118"/>
        <source>Still needed: {}</source>
        <translation>ما زال مطلوبًا: {}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="290"/>
        <source>Delete {} from {}</source>
        <translation>حذف {} من {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="294"/>
        <source>and {} more</source>
        <translation>و{} غيرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="298"/>
        <source>Delete from {} / {}:
{}

A deleted capture cannot be recovered on this device; the custody log keeps its SHA-256 and the reason. One already sent in a bundle stays at HQ, and the next bundle tells HQ it was deleted and why.</source>
        <translation>حذف من {} / {}:
{}

لا يمكن استعادة الالتقاط المحذوف على هذا الجهاز؛ يحفظ سجل الحيازة قيمة SHA-256 الخاصة به والسبب. الالتقاط الذي أُرسل سابقًا في حزمة يبقى لدى القيادة، وتُبلغ الحزمة التالية القيادة بحذفه وسببه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="303"/>
        <source>Delete {}</source>
        <translation>حذف {}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="130"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="131"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="151"/>
        <source>Looks like (near-duplicate photos)</source>
        <translation>يشبه (صور شبه مكررة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="163"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="165"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="166"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="167"/>
        <source>Type</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="168"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="169"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="170"/>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="173"/>
        <source>Imported</source>
        <translation>وقت الاستيراد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="174"/>
        <source>{}, by {}</source>
        <translation>{}، بواسطة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="176"/>
        <source>Case / item</source>
        <translation>القضية / الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="177"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="223"/>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="194"/>
        <location filename="../../fieldkit/gui/details.py" line="196"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="97"/>
        <source>{} UTC</source>
        <translation>{} بالتوقيت العالمي (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="103"/>
        <source>(camera clock {}, {} found from the GPS time)</source>
        <translation>(ساعة الكاميرا {}، والفارق {} مستنتج من توقيت GPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="106"/>
        <source>(from the GPS time; the camera clock said {})</source>
        <translation>(من توقيت GPS؛ وكانت ساعة الكاميرا تشير إلى {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="110"/>
        <source>{} local, offset unknown</source>
        <translation>{} بالتوقيت المحلي، والفارق غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="111"/>
        <source>{} local {}</source>
        <translation>{} بالتوقيت المحلي {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="150"/>
        <source>and {} more</source>
        <translation>و{} غيرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="171"/>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="198"/>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="201"/>
        <source>Lens serial</source>
        <translation>الرقم التسلسلي للعدسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="202"/>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="203"/>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="210"/>
        <location filename="../../fieldkit/gui/details.py" line="219"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="211"/>
        <source>Altitude</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="212"/>
        <source>Datum</source>
        <translation>المرجع الجيوديسي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="215"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="216"/>
        <location filename="../../fieldkit/gui/details.py" line="219"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="219"/>
        <source>none in the file</source>
        <translation>لا شيء في الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="246"/>
        <source>{} ppi</source>
        <translation>{} نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="251"/>
        <source>Resolution unknown: not scored or searched until Set resolution… states it</source>
        <translation>الدقة غير معروفة: لا تُقيَّم ولا يُبحث عنها حتى تُحدَّد عبر «تحديد الدقة…»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="253"/>
        <source>Finger position</source>
        <translation>موضع الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="254"/>
        <source>Impression type</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="255"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="257"/>
        <source>Fingerprint</source>
        <translation>بصمة الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="265"/>
        <location filename="../../fieldkit/gui/details.py" line="272"/>
        <location filename="../../fieldkit/gui/details.py" line="279"/>
        <location filename="../../fieldkit/gui/details.py" line="315"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="266"/>
        <source>being analysed (in the sandbox); this view updates when it is done</source>
        <translation>قيد التحليل (في البيئة المعزولة)؛ يتحدّث هذا العرض عند انتهائه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="273"/>
        <source>failed: {}</source>
        <translation>فشل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="275"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="276"/>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="276"/>
        <source>kept unchanged, and bundled with the reason</source>
        <translation>محفوظ دون تغيير، ويُضمَّن في الحزمة مع السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="279"/>
        <source>analysed</source>
        <translation>حُلّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="281"/>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="282"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="284"/>
        <source>Analysed</source>
        <translation>وقت التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="292"/>
        <location filename="../../fieldkit/gui/details.py" line="317"/>
        <source>Acquired</source>
        <translation>الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="295"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="296"/>
        <source>no acquisition record (added before acquisitions were recorded)</source>
        <translation>لا سجل اكتساب (أُضيف قبل بدء تسجيل عمليات الاكتساب)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="308"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="309"/>
        <source>Acquisition</source>
        <translation>عملية الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="310"/>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="311"/>
        <source>Medium</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="312"/>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="313"/>
        <source>Changed</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="314"/>
        <source>Born</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="326"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="327"/>
        <source>Container</source>
        <translation>الحاوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="333"/>
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="341"/>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="346"/>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="348"/>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="352"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="353"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="354"/>
        <source>Cc</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="355"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="356"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="359"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="360"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="364"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="365"/>
        <source>PDF version</source>
        <translation>إصدار PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="366"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="367"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="368"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="369"/>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="370"/>
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="371"/>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="372"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="373"/>
        <source>Encrypted</source>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="378"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="382"/>
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="384"/>
        <source>Members</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="385"/>
        <source>Expanded size</source>
        <translation>الحجم بعد الفكّ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="386"/>
        <source>Encrypted members</source>
        <translation>الملفات المشفّرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="392"/>
        <source>Transaction type</source>
        <translation>نوع المعاملة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="393"/>
        <source>Destination</source>
        <translation>الجهة المقصودة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="394"/>
        <source>Originating agency</source>
        <translation>الجهة المُرسِلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="395"/>
        <source>Control number</source>
        <translation>رقم التحكم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="396"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="399"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="400"/>
        <source>ANSI/NIST transaction</source>
        <translation>معاملة ANSI/NIST</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="404"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="406"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="407"/>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="414"/>
        <source>Bytes</source>
        <translation>البايتات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="415"/>
        <source>Entropy</source>
        <translation>الإنتروبيا</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="223"/>
        <source>Show device key for HQ…</source>
        <translation>عرض مفتاح الجهاز للقيادة…</translation>
    </message>
</context>
<context>
    <name>DeviceKeyDialog</name>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="72"/>
        <source>Device key for enrolment at HQ</source>
        <translation>مفتاح الجهاز للتسجيل لدى القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="77"/>
        <source>HQ enrols this device so that it can tell the bundles it sends from forgeries. Give HQ this key: let HQ scan the code, or export the key to a file or a USB drive. Then read the words below to HQ, for example over the phone: HQ must see the same words when it enrols the key. The key is public: it is not evidence and opens nothing.</source>
        <translation>تسجّل القيادة هذا الجهاز لتميّز الحزم التي يرسلها من المزوّرة. أعطِ القيادة هذا المفتاح: دعها تمسح الرمز، أو صدّر المفتاح إلى ملف أو إلى قرص USB. ثم اقرأ الكلمات أدناه للقيادة، عبر الهاتف مثلاً: يجب أن ترى القيادة الكلمات نفسها عند تسجيل المفتاح. المفتاح عام: ليس دليلاً ولا يفتح شيئاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="79"/>
        <source>Reading the key…</source>
        <translation>جارٍ قراءة المفتاح…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="99"/>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="100"/>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="104"/>
        <source>Export to file…</source>
        <translation>تصدير إلى ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="107"/>
        <source>Export to USB drive…</source>
        <translation>تصدير إلى قرص USB…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="110"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="124"/>
        <source>Words to read to HQ:</source>
        <translation>الكلمات التي تُقرأ للقيادة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="147"/>
        <source>Device: {}</source>
        <translation>الجهاز: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="161"/>
        <source>Save the device key for HQ</source>
        <translation>حفظ مفتاح الجهاز للقيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="164"/>
        <source>Device key for HQ (*.allowed_signers)</source>
        <translation>مفتاح الجهاز للقيادة (*.allowed_signers)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="164"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="193"/>
        <source>No USB drive found. Plug one in and try again, or use Export to file.</source>
        <translation>لم يُعثر على قرص USB. صِلْ واحداً وحاول مجدداً، أو استخدم «تصدير إلى ملف».</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="205"/>
        <source>Export to USB drive</source>
        <translation>تصدير إلى قرص USB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="205"/>
        <source>Which drive?</source>
        <translation>أي قرص؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="210"/>
        <source>Saved the device key in {}</source>
        <translation>حُفظ مفتاح الجهاز في {}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="233"/>
        <source>Search tag, case, category, description, date</source>
        <translation>ابحث بالحرز أو القضية أو الفئة أو الوصف أو التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="250"/>
        <source>New item (Ctrl+N)</source>
        <translation>حرز جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="259"/>
        <source>Select or create an item</source>
        <translation>اختر حرزاً أو أنشئ واحداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="293"/>
        <source>Captures</source>
        <translation>الالتقاطات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="573"/>
        <source>Camera card {}: %n new file(s), {} already in the store.</source>
        <translation>
            <numerusform>بطاقة الكاميرا {}: %n ملفات جديدة، و{} موجود في المخزن.</numerusform>
            <numerusform>بطاقة الكاميرا {}: ملف جديد واحد، و{} موجود في المخزن.</numerusform>
            <numerusform>بطاقة الكاميرا {}: ملفان جديدان، و{} موجود في المخزن.</numerusform>
            <numerusform>بطاقة الكاميرا {}: %n ملفات جديدة، و{} موجود في المخزن.</numerusform>
            <numerusform>بطاقة الكاميرا {}: %n ملفاً جديداً، و{} موجود في المخزن.</numerusform>
            <numerusform>بطاقة الكاميرا {}: %n ملف جديد، و{} موجود في المخزن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="688"/>
        <source>Imported %n file(s); last: {}</source>
        <translation>
            <numerusform>استُورد %n ملفات؛ الأخير: {}</numerusform>
            <numerusform>استُورد ملف واحد؛ الأخير: {}</numerusform>
            <numerusform>استُورد ملفان؛ الأخير: {}</numerusform>
            <numerusform>استُوردت %n ملفات؛ الأخير: {}</numerusform>
            <numerusform>استُورد %n ملفاً؛ الأخير: {}</numerusform>
            <numerusform>استُورد %n ملف؛ الأخير: {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="726"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="729"/>
        <source>Move to item…</source>
        <translation>نقل إلى حرز…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="732"/>
        <source>Delete with reason…</source>
        <translation>حذف مع ذكر السبب…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="735"/>
        <source>Flag for review…</source>
        <translation>وضع علامة للمراجعة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="775"/>
        <source>%n file(s) added to {tag}</source>
        <translation>
            <numerusform>لم يُضف أي ملف إلى {tag}</numerusform>
            <numerusform>أُضيف ملف واحد إلى {tag}</numerusform>
            <numerusform>أُضيف ملفان إلى {tag}</numerusform>
            <numerusform>أُضيفت %n ملفات إلى {tag}</numerusform>
            <numerusform>أُضيف %n ملفاً إلى {tag}</numerusform>
            <numerusform>أُضيف %n ملف إلى {tag}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="294"/>
        <source>Custody</source>
        <translation>الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="296"/>
        <source>Acquisitions</source>
        <translation>عمليات الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="303"/>
        <source>Import the new files into this item</source>
        <translation>استيراد الملفات الجديدة إلى هذا الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="306"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="365"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>Custody chain intact</source>
        <translation>سلسلة الحيازة سليمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>سلسلة الحيازة مكسورة: </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="535"/>
        <source>Tag {} read: item selected</source>
        <translation>قُرئ الحرز {}: حُدّد الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="540"/>
        <source>Read by the camera: {}</source>
        <translation>قرأته الكاميرا: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="654"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="703"/>
        <source>{} stored, {} already in this item, {} not stored</source>
        <translation>حُفظ {}، و{} موجود في هذا الحرز، و{} لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="679"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="679"/>
        <source>Importing into {}…</source>
        <translation>جارٍ الاستيراد إلى {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="702"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="57"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="96"/>
        <source>not taken</source>
        <translation>لم تُؤخذ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="62"/>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="64"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="93"/>
        <source>amputated</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="65"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="93"/>
        <source>bandaged</source>
        <translation>مضمَّد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="96"/>
        <source>could not be decoded</source>
        <translation>تعذّر فكّ ترميزها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="100"/>
        <source>Resolution unknown: the file does not give a print&apos;s resolution. Choose this finger and press Set resolution…</source>
        <translation>الدقة غير معروفة: الملف لا يذكر دقة البصمة. اختر هذا الإصبع واضغط «تحديد الدقة…»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="105"/>
        <source>Resolution unknown</source>
        <translation>الدقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="107"/>
        <source>no score</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>POOR: take again</source>
        <translation>رديئة: أعد الأخذ</translation>
    </message>
</context>
<context>
    <name>FingerprintsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="36"/>
        <source>Ten-print</source>
        <translation>البصمات العشر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="37"/>
        <source>Latent</source>
        <translation>أثر كامن</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="143"/>
        <source>unknown finger</source>
        <translation>إصبع غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="144"/>
        <source>right thumb</source>
        <translation>الإبهام الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="145"/>
        <source>right index</source>
        <translation>السبابة اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="146"/>
        <source>right middle</source>
        <translation>الوسطى اليمنى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="147"/>
        <source>right ring</source>
        <translation>البنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="148"/>
        <source>right little</source>
        <translation>الخنصر الأيمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="149"/>
        <source>left thumb</source>
        <translation>الإبهام الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="150"/>
        <source>left index</source>
        <translation>السبابة اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="151"/>
        <source>left middle</source>
        <translation>الوسطى اليسرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="152"/>
        <source>left ring</source>
        <translation>البنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="153"/>
        <source>left little</source>
        <translation>الخنصر الأيسر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="154"/>
        <source>plain right thumb</source>
        <translation>الإبهام الأيمن مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="155"/>
        <source>plain left thumb</source>
        <translation>الإبهام الأيسر مسطّحاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="156"/>
        <source>right four fingers (slap)</source>
        <translation>أصابع اليد اليمنى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="157"/>
        <source>left four fingers (slap)</source>
        <translation>أصابع اليد اليسرى الأربعة (مسطّحة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="158"/>
        <source>both thumbs</source>
        <translation>الإبهامان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="166"/>
        <source>live-scan plain</source>
        <translation>مسطّحة (ماسح حي)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="167"/>
        <source>live-scan rolled</source>
        <translation>مدحرجة (ماسح حي)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="168"/>
        <source>non-live-scan plain</source>
        <translation>مسطّحة (حبر/ملف)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="169"/>
        <source>non-live-scan rolled</source>
        <translation>مدحرجة (حبر/ملف)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="170"/>
        <source>latent impression</source>
        <translation>بصمة كامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="171"/>
        <source>latent tracing</source>
        <translation>تتبّع أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="172"/>
        <source>latent photo</source>
        <translation>صورة أثر كامن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="173"/>
        <source>latent lift</source>
        <translation>أثر كامن مرفوع</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="184"/>
        <source>Create the fieldkit store</source>
        <translation>إنشاء مخزن fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="203"/>
        <source>Operator name</source>
        <translation>اسم المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="204"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="206"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="220"/>
        <source>Import provisioning file from headquarters… (optional)</source>
        <translation>استيراد ملف التهيئة من القيادة… (اختياري)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="200"/>
        <source>A new encrypted store will be created in {}.</source>
        <translation>سيُنشأ مخزن مشفّر جديد في {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="186"/>
        <source>Create the store</source>
        <translation>إنشاء المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="225"/>
        <source>Start capturing</source>
        <translation>بدء الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>too short</source>
        <translation>قصيرة جداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="248"/>
        <source>Strength: {}</source>
        <translation>القوة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="260"/>
        <source>Type the operator&apos;s name.</source>
        <translation>اكتب اسم المشغّل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="264"/>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها في الحقلين.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="288"/>
        <source>Store created ✓</source>
        <translation>أُنشئ المخزن ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="291"/>
        <source>Reading the device key…</source>
        <translation>جارٍ قراءة مفتاح الجهاز…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="305"/>
        <source>Note this device key fingerprint: headquarters compares it when they enrol the device (Settings &gt; Show device key for HQ… gives them the key):
{}</source>
        <translation>دوّن بصمة مفتاح الجهاز هذه: تقارنها القيادة عند تسجيل الجهاز (الإعدادات &gt; عرض مفتاح الجهاز للقيادة… يعطيها المفتاح):
{}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/dialogs.py" line="312"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: مستلم جديد واحد</numerusform>
            <numerusform>تمت التهيئة: مستلمان جديدان</numerusform>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: %n مستلماً جديداً</numerusform>
            <numerusform>تمت التهيئة: %n مستلم جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="314"/>
        <source>Flag {} in {} for review</source>
        <translation>وضع علامة على {} في {} للمراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="317"/>
        <source>Mark {} in {} / {} for review: what needs checking or taking again? The flag stays until it is cleared.</source>
        <translation>ضع علامة على {} في {} / {} للمراجعة: ما الذي يحتاج إلى تحقق أو إعادة التقاط؟ تبقى العلامة حتى تُزال.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="322"/>
        <source>e.g. blurred, retake; check the tag</source>
        <translation>مثلاً: صورة غير واضحة، أعد الالتقاط؛ تحقق من الرقم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="324"/>
        <source>Flag {}</source>
        <translation>وضع علامة على {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="330"/>
        <source>Say what to check or redo: the custody log keeps the reason.</source>
        <translation>اذكر ما يجب التحقق منه أو إعادته: يحفظ سجل الحيازة السبب.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../fieldkit/gui/folders.py" line="49"/>
        <source>Images ({})</source>
        <translation>صور ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/folders.py" line="52"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="563"/>
        <source>Hand over {}</source>
        <translation>تسليم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="567"/>
        <source>Hand over {} from {}, now held by {}</source>
        <translation>تسليم {} من {}، وهي الآن بحوزة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="573"/>
        <source>{} (operator of this laptop)</source>
        <translation>{} (مشغّل هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="574"/>
        <source>Someone else: type name and rank</source>
        <translation>شخص آخر: اكتب الاسم والرتبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="575"/>
        <source>the receiver types it</source>
        <translation>يكتبها المستلم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="578"/>
        <source>e.g. Ahmed Karim</source>
        <translation>مثل أحمد كريم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="579"/>
        <source>e.g. Sergeant, Police officer</source>
        <translation>مثل رقيب، ضابط شرطة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="581"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="583"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="584"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="585"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="589"/>
        <source>This sample is not sealed yet: the custody log will say it was handed over open.</source>
        <translation>هذه العيّنة غير مختومة بعد: سيذكر سجل الحيازة أنها سُلّمت مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="619"/>
        <source>{}&apos;s passphrase</source>
        <translation>عبارة مرور {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="620"/>
        <source>Hand over to {}</source>
        <translation>تسليم إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="622"/>
        <source>Hand over</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="630"/>
        <source>{} types their own passphrase to confirm they received the sample.</source>
        <translation>يكتب {} عبارة مروره الخاصة لتأكيد استلام العيّنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="638"/>
        <source>Type the name of the person who receives the sample.</source>
        <translation>اكتب اسم الشخص الذي يستلم العيّنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="641"/>
        <source>Type their rank or function: it confirms the handover in the custody log.</source>
        <translation>اكتب رتبته أو وظيفته: فهي تؤكد التسليم في سجل الحيازة.</translation>
    </message>
</context>
<context>
    <name>HitReview</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="635"/>
        <source>Watchlist hit: {}</source>
        <translation>تطابق في قائمة المراقبة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="547"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="649"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="560"/>
        <source>Watchlist candidate</source>
        <translation>المرشّح من قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="536"/>
        <source>Previous hit</source>
        <translation>التطابق السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="538"/>
        <source>Next hit</source>
        <translation>التطابق التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="566"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="567"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="568"/>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="569"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="570"/>
        <location filename="../../fieldkit/gui/watchlist.py" line="655"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="571"/>
        <location filename="../../fieldkit/gui/watchlist.py" line="656"/>
        <source>Finger</source>
        <translation>الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="572"/>
        <source>Watchlist</source>
        <translation>قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="638"/>
        <source>Hit {} of {}</source>
        <translation>التطابق {} من {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="655"/>
        <source>Face distance</source>
        <translation>مسافة الوجه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="656"/>
        <source>Compared</source>
        <translation>ما قورن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="663"/>
        <source>the face in the photo</source>
        <translation>الوجه في الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="664"/>
        <source>v{}</source>
        <translation>الإصدار {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="598"/>
        <source>Confirm: same person</source>
        <translation>تأكيد: الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="600"/>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="602"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="700"/>
        <source>{} minutiae found in the capture, marked on it.</source>
        <translation>وُجدت {} من التفاصيل الدقيقة في الالتقاط، وهي معلَّمة عليه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="704"/>
        <source>The photo the face was found in.</source>
        <translation>الصورة التي وُجد فيها الوجه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="707"/>
        <source>No picture of this capture yet: its analysis has not finished or failed. The details are below.</source>
        <translation>لا صورة لهذا الالتقاط بعد: لم ينتهِ تحليله أو فشل. التفاصيل أدناه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="712"/>
        <source>The watchlist carries face templates (measurements of the face), not photos: there is no picture of the candidate to show. Compare with what HQ&apos;s instructions and note say, and ask HQ for the photo if you are unsure.</source>
        <translation>تحمل قائمة المراقبة قوالب وجه (قياسات للوجه) لا صورًا: لا توجد صورة للمرشح لعرضها. قارن بما تقوله تعليمات القيادة وملاحظتها، واطلب الصورة من القيادة إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="716"/>
        <source>{} minutiae of the watchlist template (the watchlist holds no images).</source>
        <translation>{} من التفاصيل الدقيقة في قالب قائمة المراقبة (لا تحتوي القائمة على صور).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="722"/>
        <source>The watchlist holds no fingerprint template to draw for this candidate.</source>
        <translation>لا تحتوي قائمة المراقبة على قالب بصمة يمكن رسمه لهذا المرشّح.</translation>
    </message>
</context>
<context>
    <name>HitsDialog</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="731"/>
        <source>open</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="732"/>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="733"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="746"/>
        <source>Watchlist hits</source>
        <translation>تطابقات قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="749"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Matched</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Found</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="754"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="762"/>
        <source>Review…</source>
        <translation>مراجعة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="769"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="796"/>
        <source>No watchlist hit on this device.</source>
        <translation>لا يوجد تطابق مع قائمة المراقبة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="798"/>
        <source>Watchlist hits on this device: {}; waiting for a decision: {}.</source>
        <translation>تطابقات قائمة المراقبة على هذا الجهاز: {}؛ بانتظار القرار: {}.</translation>
    </message>
</context>
<context>
    <name>HqStatusPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="152"/>
        <source>Choose the HQ folder to see its devices.</source>
        <translation>اختر مجلد القيادة لرؤية أجهزته.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="171"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="185"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="209"/>
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="208"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="210"/>
        <source>Quarantine</source>
        <translation>الحجر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="251"/>
        <source>ALARM: {}</source>
        <translation>إنذار: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="252"/>
        <source>{} at bundle {}</source>
        <translation>{} عند الحزمة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="254"/>
        <source>key withdrawn (revoked)</source>
        <translation>مفتاح مسحوب (ملغى)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="256"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="257"/>
        <source>not enrolled</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="259"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="260"/>
        <source>missing {}</source>
        <translation>ناقصة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="266"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="266"/>
        <source>enrolled, no bundle yet</source>
        <translation>مسجَّل، لا حزمة بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="295"/>
        <source>expired {}</source>
        <translation>انتهت مدتها {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="296"/>
        <source>kept</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="296"/>
        <source>missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="301"/>
        <source>Copy</source>
        <translation>النسخة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="304"/>
        <source>Devices (%n)</source>
        <translation>
            <numerusform>الأجهزة (%n)</numerusform>
            <numerusform>الأجهزة (%n)</numerusform>
            <numerusform>الأجهزة (%n)</numerusform>
            <numerusform>الأجهزة (%n)</numerusform>
            <numerusform>الأجهزة (%n)</numerusform>
            <numerusform>الأجهزة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="305"/>
        <source>Alarms (%n)</source>
        <translation>
            <numerusform>الإنذارات (%n)</numerusform>
            <numerusform>الإنذارات (%n)</numerusform>
            <numerusform>الإنذارات (%n)</numerusform>
            <numerusform>الإنذارات (%n)</numerusform>
            <numerusform>الإنذارات (%n)</numerusform>
            <numerusform>الإنذارات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="306"/>
        <source>Quarantine (%n)</source>
        <translation>
            <numerusform>الحجر (%n)</numerusform>
            <numerusform>الحجر (%n)</numerusform>
            <numerusform>الحجر (%n)</numerusform>
            <numerusform>الحجر (%n)</numerusform>
            <numerusform>الحجر (%n)</numerusform>
            <numerusform>الحجر (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="311"/>
        <source>%n bundle(s) refused and listed in quarantine</source>
        <translation>
            <numerusform>%n حزم مرفوضة ومدرجة في الحجر</numerusform>
            <numerusform>%n حزمة مرفوضة ومدرجة في الحجر</numerusform>
            <numerusform>%n حزمتان مرفوضتان ومدرجتان في الحجر</numerusform>
            <numerusform>%n حزم مرفوضة ومدرجة في الحجر</numerusform>
            <numerusform>%n حزمة مرفوضة ومدرجة في الحجر</numerusform>
            <numerusform>%n حزمة مرفوضة ومدرجة في الحجر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="312"/>
        <source> ({} copies still kept)</source>
        <translation> ({} نسخ ما زالت محفوظة)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="314"/>
        <source>; %n amendment(s) waiting for their original</source>
        <translation>
            <numerusform>؛ %n تعديلات تنتظر أصلها</numerusform>
            <numerusform>؛ %n تعديل ينتظر أصله</numerusform>
            <numerusform>؛ %n تعديلان ينتظران أصلهما</numerusform>
            <numerusform>؛ %n تعديلات تنتظر أصلها</numerusform>
            <numerusform>؛ %n تعديلًا تنتظر أصلها</numerusform>
            <numerusform>؛ %n تعديل تنتظر أصلها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="316"/>
        <source>As of {} (read again after each verification and ingest)</source>
        <translation>حتى {} (يُقرأ من جديد بعد كل تحقق وإدخال)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="333"/>
        <source>%n watchlist hit(s) still open on the devices</source>
        <translation>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة ما زال مفتوحًا على الأجهزة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="337"/>
        <source>%n match candidate(s) waiting for an examiner</source>
        <translation>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
            <numerusform>%n مرشح تطابق ينتظر فاحصًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="345"/>
        <source>open each bundle on the Verify page, Identification tab: follow an open hit&apos;s instructions with the team in charge, and decide each candidate (Decide…) or run &apos;fieldkit hq matches&apos;.</source>
        <translation>افتح كل حزمة في صفحة التحقق، تبويب التعرّف: اتبع تعليمات التطابق المفتوح مع الفريق المسؤول، وقرّر بشأن كل مرشح (قرار…) أو شغّل &apos;fieldkit hq matches&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="345"/>
        <source>Identification: {}. What to do: {}</source>
        <translation>التعرّف: {}. ما العمل: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="360"/>
        <source>ALARM on %n device(s): {}. Treat each as compromised until the alarm is explained.</source>
        <translation>
            <numerusform>إنذار على %n أجهزة: {}. اعتبر كلًّا منها مخترقًا حتى يُفسَّر الإنذار.</numerusform>
            <numerusform>إنذار على %n جهاز: {}. اعتبره مخترقًا حتى يُفسَّر الإنذار.</numerusform>
            <numerusform>إنذار على %n جهازين: {}. اعتبر كلًّا منهما مخترقًا حتى يُفسَّر الإنذار.</numerusform>
            <numerusform>إنذار على %n أجهزة: {}. اعتبر كلًّا منها مخترقًا حتى يُفسَّر الإنذار.</numerusform>
            <numerusform>إنذار على %n جهازًا: {}. اعتبر كلًّا منها مخترقًا حتى يُفسَّر الإنذار.</numerusform>
            <numerusform>إنذار على %n جهاز: {}. اعتبر كلًّا منها مخترقًا حتى يُفسَّر الإنذار.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="364"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="366"/>
        <source>Look at %n device(s): {}</source>
        <translation>
            <numerusform>تحقق من %n أجهزة: {}</numerusform>
            <numerusform>تحقق من %n جهاز: {}</numerusform>
            <numerusform>تحقق من %n جهازين: {}</numerusform>
            <numerusform>تحقق من %n أجهزة: {}</numerusform>
            <numerusform>تحقق من %n جهازًا: {}</numerusform>
            <numerusform>تحقق من %n جهاز: {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="371"/>
        <source>%n device(s), no alarm, nothing missing, but identification waits for a decision (below)</source>
        <translation>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص، لكن التعرّف ينتظر قرارًا (أدناه)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="377"/>
        <source> (%n key(s) withdrawn)</source>
        <translation>
            <numerusform> (%n مفاتيح مسحوبة)</numerusform>
            <numerusform> (%n مفتاح مسحوب)</numerusform>
            <numerusform> (%n مفتاحان مسحوبان)</numerusform>
            <numerusform> (%n مفاتيح مسحوبة)</numerusform>
            <numerusform> (%n مفتاحًا مسحوبًا)</numerusform>
            <numerusform> (%n مفتاح مسحوب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="387"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n آخرين</numerusform>
            <numerusform>%n آخر</numerusform>
            <numerusform>%n آخران</numerusform>
            <numerusform>%n آخرين</numerusform>
            <numerusform>%n آخرين</numerusform>
            <numerusform>%n آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="375"/>
        <source>%n device(s), no alarm, nothing missing</source>
        <translation>
            <numerusform>%n أجهزة، لا إنذار، لا شيء ناقص</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص</numerusform>
            <numerusform>%n جهازان، لا إنذار، لا شيء ناقص</numerusform>
            <numerusform>%n أجهزة، لا إنذار، لا شيء ناقص</numerusform>
            <numerusform>%n جهازًا، لا إنذار، لا شيء ناقص</numerusform>
            <numerusform>%n جهاز، لا إنذار، لا شيء ناقص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="65"/>
        <location filename="../../fieldkit/gui/hqwindow.py" line="139"/>
        <location filename="../../fieldkit/gui/hqwindow.py" line="151"/>
        <source>fieldkit HQ</source>
        <translation>fieldkit القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="71"/>
        <source>Verify and ingest</source>
        <translation>التحقق والإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="73"/>
        <source>HQ status</source>
        <translation>حالة القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="84"/>
        <source>Change HQ folder…</source>
        <translation>تغيير مجلد القيادة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="110"/>
        <source>Choose the HQ folder: it holds HQ&apos;s key, which opens the bundles devices send, and the list of enrolled devices</source>
        <translation>اختر مجلد القيادة: فيه مفتاح القيادة الذي يفتح الحزم التي ترسلها الأجهزة، وقائمة الأجهزة المسجّلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="125"/>
        <source>{} is not an HQ folder.</source>
        <translation>{} ليس مجلد قيادة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="126"/>
        <source>Choose the folder made when HQ was set up: it holds hq.json and HQ&apos;s key.</source>
        <translation>اختر المجلد الذي أُنشئ عند إعداد القيادة: فيه hq.json ومفتاح القيادة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="140"/>
        <source>No HQ folder chosen yet: bundles cannot be opened without it.</source>
        <translation>لم يُختر مجلد القيادة بعد: لا يمكن فتح الحزم من دونه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="142"/>
        <source>fieldkit HQ — {}</source>
        <translation>fieldkit القيادة — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="143"/>
        <source>HQ folder: {}</source>
        <translation>مجلد القيادة: {}</translation>
    </message>
</context>
<context>
    <name>IdentificationTab</name>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="138"/>
        <source>Decide…</source>
        <translation>قرار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="142"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="307"/>
        <source>Select a match candidate to decide on it</source>
        <translation>اختر مرشح تطابق لتقرر بشأنه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="177"/>
        <source>Watchlist hits the device found (with the operator&apos;s decision)</source>
        <translation>تطابقات قائمة المراقبة التي وجدها الجهاز (مع قرار المشغّل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="181"/>
        <source>Same person at HQ: match candidates for an examiner</source>
        <translation>الشخص نفسه في المقر: مرشحو تطابق لفاحص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="184"/>
        <source>None found yet: HQ searches this bundle&apos;s subjects when it is ingested.</source>
        <translation>لا شيء بعد: يبحث المقر عن أشخاص هذه الحزمة عند إدخالها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="184"/>
        <source>None found: no other subject HQ holds matches.</source>
        <translation>لا شيء: لا يطابق أي شخص آخر لدى المقر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="190"/>
        <source>%n watchlist hit(s)</source>
        <translation>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
            <numerusform>%n تطابق مع قائمة المراقبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="192"/>
        <source>%n open (no decision on the device)</source>
        <translation>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
            <numerusform>%n مفتوح (لا قرار على الجهاز)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="193"/>
        <source>%n match candidate(s)</source>
        <translation>
            <numerusform>%n مرشح تطابق</numerusform>
            <numerusform>%n مرشح تطابق</numerusform>
            <numerusform>%n مرشح تطابق</numerusform>
            <numerusform>%n مرشح تطابق</numerusform>
            <numerusform>%n مرشح تطابق</numerusform>
            <numerusform>%n مرشح تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="195"/>
        <source>%n waiting for an examiner</source>
        <translation>
            <numerusform>%n ينتظر فاحصًا</numerusform>
            <numerusform>%n ينتظر فاحصًا</numerusform>
            <numerusform>%n ينتظر فاحصًا</numerusform>
            <numerusform>%n ينتظر فاحصًا</numerusform>
            <numerusform>%n ينتظر فاحصًا</numerusform>
            <numerusform>%n ينتظر فاحصًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="199"/>
        <source>An open hit calls for action: follow its instructions and tell the team in charge.</source>
        <translation>تطابق مفتوح يستدعي إجراءً: اتبع تعليماته وأبلغ الفريق المسؤول.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="201"/>
        <source>Select a candidate and press Decide… to record an examiner&apos;s decision.</source>
        <translation>اختر مرشحًا واضغط قرار… لتسجيل قرار الفاحص.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="222"/>
        <source>face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="223"/>
        <source>several fingers together</source>
        <translation>عدة أصابع معًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="226"/>
        <source>OPEN: the operator has not decided</source>
        <translation>مفتوح: لم يقرر المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="227"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="269"/>
        <source>{} by {} on {}</source>
        <translation>{} بواسطة {} في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="229"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="272"/>
        <source>: {}</source>
        <translation>: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="231"/>
        <source>{} [{}] — {}</source>
        <translation>{} [{}] — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="232"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="257"/>
        <source>no category</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="234"/>
        <source>subject {} ({}), capture {}, {}, score {}, found {}</source>
        <translation>الشخص {} ({})، الالتقاط {}، {}، الدرجة {}، وُجد في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="256"/>
        <source>entry {} of HQ&apos;s watchlist [{}] ({})</source>
        <translation>المُدخل {} من قائمة مراقبة المقر [{}] ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="260"/>
        <source>subject {} ({}) of device {}, bundle(s) {}</source>
        <translation>الشخص {} ({}) من الجهاز {}، الحزم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="268"/>
        <source>OPEN: no examiner has decided</source>
        <translation>مفتوح: لم يقرر أي فاحص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="274"/>
        <source>(%n earlier decision(s) kept)</source>
        <translation>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
            <numerusform>(%n قرار سابق محفوظ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="276"/>
        <source>A {} ~ B {}: {}</source>
        <translation>A {} ~ B {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="280"/>
        <source>Candidate {}: score {} — {}</source>
        <translation>المرشح {}: الدرجة {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="281"/>
        <source>A: {}</source>
        <translation>A: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="282"/>
        <source>B: {}</source>
        <translation>B: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="283"/>
        <source>fingers: {}</source>
        <translation>الأصابع: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="287"/>
        <source>The score is the sum of each finger&apos;s Bozorth3 score above {} (scores at or below it are counted as nothing).</source>
        <translation>الدرجة هي مجموع درجات Bozorth3 لكل إصبع فوق {} (الدرجة المساوية له أو الأقل لا تُحتسب).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="305"/>
        <source>Record an examiner&apos;s decision on candidate {}</source>
        <translation>تسجيل قرار فاحص بشأن المرشح {}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="545"/>
        <source>Import into {tag} (case {case})</source>
        <translation>الاستيراد إلى {tag} (القضية {case})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="559"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="560"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="563"/>
        <source>Add card</source>
        <translation>إضافة البطاقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="566"/>
        <source>Sources (or drop folders and files here)</source>
        <translation>المصادر (أو أفلت المجلدات والملفات هنا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="572"/>
        <source>Camera cards</source>
        <translation>بطاقات الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="586"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="587"/>
        <source>Select none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="591"/>
        <source>Split into items by time gap of</source>
        <translation>التقسيم إلى أحراز حسب فاصل زمني قدره</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="596"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="635"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="636"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="696"/>
        <source>Add a folder to import into {}</source>
        <translation>إضافة مجلد للاستيراد إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="711"/>
        <source>Add files to import into {}</source>
        <translation>إضافة ملفات للاستيراد إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="716"/>
        <source>Photos and videos ({})</source>
        <translation>صور ومقاطع فيديو ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="717"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="747"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="747"/>
        <source>Files in</source>
        <translation>ملفات في</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="748"/>
        <source>Camera card</source>
        <translation>بطاقة الكاميرا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="955"/>
        <source>Split by time into %n item(s): {} (the others new, same case, category and site)</source>
        <translation>
            <numerusform>التقسيم حسب الوقت إلى %n أحراز: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
            <numerusform>التقسيم حسب الوقت إلى حرز واحد: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
            <numerusform>التقسيم حسب الوقت إلى حرزين: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
            <numerusform>التقسيم حسب الوقت إلى %n أحراز: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
            <numerusform>التقسيم حسب الوقت إلى %n حرزاً: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
            <numerusform>التقسيم حسب الوقت إلى %n حرز: {} (الأخرى جديدة، بالقضية والفئة والموقع نفسها)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="966"/>
        <source>1 file records no time: it stays in {}</source>
        <translation>ملف واحد لا يسجّل وقتاً: يبقى في {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="967"/>
        <source>%n files record no time: they stay in {}</source>
        <translation>
            <numerusform>%n ملفات لا تسجّل وقتاً: تبقى في {}</numerusform>
            <numerusform>ملف واحد لا يسجّل وقتاً: يبقى في {}</numerusform>
            <numerusform>ملفان لا يسجّلان وقتاً: يبقيان في {}</numerusform>
            <numerusform>%n ملفات لا تسجّل وقتاً: تبقى في {}</numerusform>
            <numerusform>%n ملفاً لا تسجّل وقتاً: تبقى في {}</numerusform>
            <numerusform>%n ملف لا تسجّل وقتاً: تبقى في {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="972"/>
        <source>No file records when it was taken: split by each file&apos;s own time (a copy may have changed it)</source>
        <translation>لا يسجّل أي ملف وقت التقاطه: التقسيم حسب وقت كل ملف (ربما غيّره النسخ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="978"/>
        <source>Checking which files are already in the store… {} left</source>
        <translation>جارٍ التحقق من الملفات الموجودة في المخزن… بقي {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1001"/>
        <source>{} of %n file(s) selected</source>
        <translation>
            <numerusform>حُدّد {} من %n ملفات</numerusform>
            <numerusform>حُدّد {} من ملف واحد</numerusform>
            <numerusform>حُدّد {} من ملفين</numerusform>
            <numerusform>حُدّد {} من %n ملفات</numerusform>
            <numerusform>حُدّد {} من %n ملفاً</numerusform>
            <numerusform>حُدّد {} من %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="964"/>
        <source>Reading the time each photo was taken… {} left</source>
        <translation>جارٍ قراءة وقت التقاط كل صورة… بقي {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="985"/>
        <source>Import %n file(s) into {}</source>
        <translation>
            <numerusform>استيراد %n ملفات إلى {}</numerusform>
            <numerusform>استيراد ملف واحد إلى {}</numerusform>
            <numerusform>استيراد ملفين إلى {}</numerusform>
            <numerusform>استيراد %n ملفات إلى {}</numerusform>
            <numerusform>استيراد %n ملفاً إلى {}</numerusform>
            <numerusform>استيراد %n ملف إلى {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="989"/>
        <source>Import %n file(s) into {} items</source>
        <translation>
            <numerusform>استيراد %n ملفات إلى أحراز عددها {}</numerusform>
            <numerusform>استيراد ملف واحد إلى أحراز عددها {}</numerusform>
            <numerusform>استيراد ملفين إلى أحراز عددها {}</numerusform>
            <numerusform>استيراد %n ملفات إلى أحراز عددها {}</numerusform>
            <numerusform>استيراد %n ملفاً إلى أحراز عددها {}</numerusform>
            <numerusform>استيراد %n ملف إلى أحراز عددها {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1010"/>
        <source>; {} already in the store, left out (also by Select all; tick one to import it again)</source>
        <translation>؛ {} موجودة في المخزن، مستبعدة (حتى مع تحديد الكل؛ حدّد واحداً لاستيراده مرة أخرى)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1098"/>
        <source>%n photo(s) added to {tag}</source>
        <translation>
            <numerusform>لم تُضف أي صورة إلى {tag}</numerusform>
            <numerusform>أُضيفت صورة واحدة إلى {tag}</numerusform>
            <numerusform>أُضيفت صورتان إلى {tag}</numerusform>
            <numerusform>أُضيفت %n صور إلى {tag}</numerusform>
            <numerusform>أُضيفت %n صورة إلى {tag}</numerusform>
            <numerusform>أُضيفت %n صورة إلى {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1100"/>
        <source>%n file(s) added to {tag}</source>
        <translation>
            <numerusform>لم يُضف أي ملف إلى {tag}</numerusform>
            <numerusform>أُضيف ملف واحد إلى {tag}</numerusform>
            <numerusform>أُضيف ملفان إلى {tag}</numerusform>
            <numerusform>أُضيفت %n ملفات إلى {tag}</numerusform>
            <numerusform>أُضيف %n ملفاً إلى {tag}</numerusform>
            <numerusform>أُضيف %n ملف إلى {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1117"/>
        <source>Import stopped: what was stored stays stored; not imported: %n file(s).</source>
        <translation>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: %n ملفات.</numerusform>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: ملف واحد.</numerusform>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: ملفان.</numerusform>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: %n ملفات.</numerusform>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: %n ملفاً.</numerusform>
            <numerusform>توقّف الاستيراد: ما حُفظ يبقى محفوظاً؛ لم يُستورد: %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1013"/>
        <source>; {} damaged or unknown: will be kept and flagged</source>
        <translation>؛ {} تالف أو مجهول: سيُحفظ ويُعلَّم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="124"/>
        <source>unknown type</source>
        <translation>نوع غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="188"/>
        <source>Already in the store: {}</source>
        <translation>موجود في المخزن: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="192"/>
        <source>Will be kept as it is and flagged: {}</source>
        <translation>سيُحفظ كما هو ويُعلَّم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="212"/>
        <location filename="../../fieldkit/gui/importgrid.py" line="581"/>
        <source>taken {time}, {date}</source>
        <translation>التُقط {time}، {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="217"/>
        <source>Taken {} by the camera&apos;s clock (its own record in the file)</source>
        <translation>التُقط {} حسب ساعة الكاميرا (سجلّها في الملف)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="218"/>
        <source>taken {}, camera clock</source>
        <translation>التُقط {}، ساعة الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="225"/>
        <source>No time recorded in the file: its modification time, {} (a copy may have changed it)</source>
        <translation>لا وقت مسجّل في الملف: وقت تعديله، {} (ربما غيّره النسخ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="226"/>
        <source>file time {time}, {date}</source>
        <translation>وقت الملف {time}، {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="275"/>
        <source>an earlier import from this card</source>
        <translation>استيراد سابق من هذه البطاقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="407"/>
        <source>ALREADY IN</source>
        <translation>موجود في</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="408"/>
        <source>KEPT, FLAGGED</source>
        <translation>محفوظ، معلَّم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="946"/>
        <source>Into {tag}, case {case}, {category}</source>
        <translation>إلى {tag}، القضية {case}، {category}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1006"/>
        <source>; {} already in the store ({} of them selected: imported again)</source>
        <translation>؛ {} موجود في المخزن (حُدّد {} منها: ستُستورد مجدداً)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1016"/>
        <source>checking %n file(s)…</source>
        <translation>
            <numerusform>جارٍ فحص %n ملفات…</numerusform>
            <numerusform>جارٍ فحص ملف واحد…</numerusform>
            <numerusform>جارٍ فحص ملفين…</numerusform>
            <numerusform>جارٍ فحص %n ملفات…</numerusform>
            <numerusform>جارٍ فحص %n ملفاً…</numerusform>
            <numerusform>جارٍ فحص %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1037"/>
        <source>Starting the import…</source>
        <translation>جارٍ بدء الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1044"/>
        <source>Stop the import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1053"/>
        <source>{} of {}: {}</source>
        <translation>{} من {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1059"/>
        <source>Stopping; what is already stored stays stored…</source>
        <translation>جارٍ الإيقاف؛ ما حُفظ يبقى محفوظاً…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1076"/>
        <source>The import stopped: {} What was stored before stays stored; the item&apos;s Acquisitions say which files.</source>
        <translation>توقّف الاستيراد: {} ما حُفظ قبل ذلك يبقى محفوظاً؛ تبيّن «عمليات الاكتساب» في الحرز أي الملفات.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1105"/>
        <source>Nothing was added to {tag}</source>
        <translation>لم يُضف شيء إلى {tag}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1107"/>
        <source>{} already there (skipped)</source>
        <translation>{} موجود مسبقاً (تُخطّي)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1110"/>
        <source>{} kept and flagged as damaged or unknown</source>
        <translation>{} حُفظ وعُلّم تالفاً أو مجهولاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1112"/>
        <source>{} could not be read (the item&apos;s Acquisitions say why)</source>
        <translation>{} تعذّرت قراءته (تبيّن «عمليات الاكتساب» في الحرز السبب)</translation>
    </message>
</context>
<context>
    <name>ItemBanner</name>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="29"/>
        <source>{} · case {} · {}</source>
        <translation>{} · القضية {} · {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="62"/>
        <source>Choose an item</source>
        <translation>اختر حرزاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="64"/>
        <source>Go to the Evidence page to choose or create the item</source>
        <translation>انتقل إلى صفحة الأدلة لاختيار الحرز أو إنشائه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="104"/>
        <source>No item selected — choose or create one on the Evidence page</source>
        <translation>لم يُحدَّد حرز — اختر حرزاً أو أنشئه في صفحة الأدلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="107"/>
        <source>Next capture goes to: {}</source>
        <translation>الالتقاط التالي يذهب إلى: {}</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="175"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="335"/>
        <source>Select or create an item</source>
        <translation>اختر حرزاً أو أنشئ واحداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="179"/>
        <source>New: next tag</source>
        <translation>جديد: الرقم التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="180"/>
        <source>A new item with the next tag: EV-0043 -&gt; EV-0044 (Ctrl+Shift+N)</source>
        <translation>حرز جديد برقم الحرز التالي: EV-0043 -&gt; EV-0044 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="187"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="190"/>
        <source>Photos…</source>
        <translation>صور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="191"/>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="192"/>
        <source>Prints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="193"/>
        <source>Files…</source>
        <translation>ملفات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="200"/>
        <source>What it is, its marks, its state</source>
        <translation>ما هو، وعلاماته، وحالته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="204"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="213"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="216"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="217"/>
        <source>From the photos</source>
        <translation>من الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="221"/>
        <source>Time recovered (this laptop&apos;s clock)</source>
        <translation>وقت الاسترداد (ساعة هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="231"/>
        <source>From the photos&apos; GPS</source>
        <translation>من GPS الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="239"/>
        <source>Or type a position: 34.5553, 69.2075 or 42SWD1234567890</source>
        <translation>أو اكتب موقعاً: 34.5553, 69.2075 أو 42SWD1234567890</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="244"/>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="251"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="261"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="329"/>
        <source>Not chosen yet: press one</source>
        <translation>لم تُختر بعد: اضغط إحداها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="332"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="440"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="590"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="334"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="467"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="601"/>
        <source>Not saved: {}</source>
        <translation>لم يُحفظ: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="380"/>
        <source>(no site)</source>
        <translation>(بلا موقع)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="410"/>
        <source>Not saved yet…</source>
        <translation>لم يُحفظ بعد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="458"/>
        <source>Saved ✓</source>
        <translation>حُفظ ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="496"/>
        <source>Not set: press Now, or take it from the photos.</source>
        <translation>غير محدد: اضغط «الآن»، أو خذه من الصور.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="502"/>
        <source>{} this laptop&apos;s clock ({}) = {} UTC</source>
        <translation>{} بساعة هذا الحاسوب ({}) = {} UTC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="523"/>
        <source>Reading the photos&apos; times…</source>
        <translation>جارٍ قراءة أوقات الصور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="532"/>
        <source>this item has no photos yet</source>
        <translation>لا صور لهذا الحرز بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="534"/>
        <source>the photos are still being analysed: try again in a moment</source>
        <translation>الصور ما زالت قيد التحليل: حاول مجدداً بعد قليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="536"/>
        <source>the photos carry no time</source>
        <translation>الصور لا تحمل وقتاً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="536"/>
        <source>Not set: {}</source>
        <translation>غير محدد: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="540"/>
        <source>From the photos: the camera&apos;s clock said {}.</source>
        <translation>من الصور: كانت ساعة الكاميرا تشير إلى {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="541"/>
        <source>From the photos: the camera gave no time zone; read as UTC.</source>
        <translation>من الصور: لم تذكر الكاميرا منطقة زمنية؛ قُرئ الوقت بتوقيت UTC.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="569"/>
        <source>Not a position: write decimal degrees (34.5553, 69.2075) or MGRS (42SWD1234567890).</source>
        <translation>ليس موقعاً: اكتب درجات عشرية (34.5553, 69.2075) أو MGRS (42SWD1234567890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="595"/>
        <source>New site {} ✓</source>
        <translation>موقع جديد {} ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="596"/>
        <source>Site {} chosen ✓</source>
        <translation>اختير الموقع {} ✓</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="36"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="37"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="38"/>
        <source>Fingerprint</source>
        <translation>بصمة إصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="39"/>
        <source>Audio or video</source>
        <translation>صوت أو فيديو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="40"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>LatentPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="64"/>
        <source>Open latent photo…</source>
        <translation>فتح صورة الأثر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="79"/>
        <source>Calibrate to 1000 ppi and store</source>
        <translation>المعايرة إلى 1000 نقطة/بوصة والحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="82"/>
        <source>Open a photo, then click two marks of the ruler.</source>
        <translation>افتح صورة ثم انقر علامتين على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="85"/>
        <source>Distance between the marks</source>
        <translation>المسافة بين العلامتين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="86"/>
        <source>Impression type</source>
        <translation>نوع البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="87"/>
        <source>Finger, if known</source>
        <translation>الإصبع، إن عُرف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="115"/>
        <source>Latent photo with a ruler</source>
        <translation>صورة أثر كامن مع مسطرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="127"/>
        <source>This photo cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="162"/>
        <source>Calibrate to 1000 ppi and store in {}</source>
        <translation>المعايرة إلى 1000 نقطة/بوصة والحفظ في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="165"/>
        <source>Calibrate and store (choose an item first)</source>
        <translation>المعايرة والحفظ (اختر حرزاً أولاً)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="168"/>
        <source>Click mark {} of 2 on the ruler.</source>
        <translation>انقر العلامة {} من 2 على المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="171"/>
        <source>{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be resampled to 1000 ppi.</source>
        <translation>{:.0f} بكسل بين العلامتين: دقة الصورة {:.0f} نقطة/بوصة؛ ستُعاد عيّنتها إلى 1000.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="177"/>
        <source>Select the item the print was lifted from, and mark the ruler.</source>
        <translation>حدّد الحرز الذي رُفع منه الأثر وعلّم المسطرة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="181"/>
        <source>Calibrating the latent and storing it in {}…</source>
        <translation>جارٍ معايرة البصمة الكامنة وحفظها في {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="192"/>
        <source>Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the original.</source>
        <translation>حُفظت في {} بدقة 1000 ({} × {} بكسل)؛ تبقى الصورة أصلاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="194"/>
        <source>Latent print added to {}</source>
        <translation>أُضيفت البصمة الكامنة إلى {}</translation>
    </message>
</context>
<context>
    <name>LinkPhotoDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="793"/>
        <source>Link a photo to {}</source>
        <translation>ربط صورة بـ {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="796"/>
        <source>A capture of {} that shows {}</source>
        <translation>لقطة من {} تُظهر {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="806"/>
        <source>Capture</source>
        <translation>اللقطة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="807"/>
        <source>It shows</source>
        <translation>تُظهر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="809"/>
        <source>This item has no capture yet: take a photo of the sample first.</source>
        <translation>لا توجد لقطة لهذا الغرض بعد: صوّر العيّنة أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="811"/>
        <source>Link photo</source>
        <translation>ربط الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="822"/>
        <source>Choose the capture that shows the sample.</source>
        <translation>اختر اللقطة التي تُظهر العيّنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="826"/>
        <source>Say what it shows (Alt+1 to Alt+4).</source>
        <translation>حدّد ما تُظهره (Alt+1 إلى Alt+4).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="123"/>
        <location filename="../../fieldkit/gui/lockscreen.py" line="155"/>
        <source>New fieldkit store</source>
        <translation>مخزن fieldkit جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="124"/>
        <location filename="../../fieldkit/gui/lockscreen.py" line="155"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="129"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="130"/>
        <source>Create the store…</source>
        <translation>إنشاء المخزن…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="144"/>
        <source>Last operator: {}</source>
        <translation>آخر مشغّل: {}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="297"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="299"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="303"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>Fingerprints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="309"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="310"/>
        <source>Outbox</source>
        <translation>صندوق الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="311"/>
        <source>Verify (HQ)</source>
        <translation>التحقق (القيادة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="312"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/mainwindow.py" line="494"/>
        <source>The store opened, but it skipped %n key slot file(s) that are damaged or not made by fieldkit: {}. Someone may have tampered with the store folder; tell your evidence technician.</source>
        <translation>
            <numerusform>فُتح المخزن، لكنه تجاهل %n ملف مفاتيح غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
            <numerusform>فُتح المخزن، لكنه تجاهل ملف مفاتيح واحدًا غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
            <numerusform>فُتح المخزن، لكنه تجاهل ملفَي مفاتيح غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
            <numerusform>فُتح المخزن، لكنه تجاهل %n ملفات مفاتيح غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
            <numerusform>فُتح المخزن، لكنه تجاهل %n ملف مفاتيح غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
            <numerusform>فُتح المخزن، لكنه تجاهل %n ملف مفاتيح غير صالحة أو لم ينشئها fieldkit: {}. ربما عبث أحدهم بمجلد المخزن؛ أبلغ فني الأدلة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="502"/>
        <source>The lock closed: {}. Nothing of it was applied; open it again to continue.</source>
        <translation>أغلق القفل: {}. لم يُطبَّق منه شيء؛ افتحه مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="549"/>
        <source>a dialog</source>
        <translation>نافذة حوار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="570"/>
        <location filename="../../fieldkit/gui/mainwindow.py" line="633"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="621"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="622"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="623"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="624"/>
        <source>Next item</source>
        <translation>الحرز التالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="625"/>
        <source>Previous item</source>
        <translation>الحرز السابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="626"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="627"/>
        <source>Night</source>
        <translation>ليلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="634"/>
        <location filename="../../fieldkit/gui/samplepart.py" line="74"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="635"/>
        <source>Import watchlist…</source>
        <translation>استيراد قائمة المراقبة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="636"/>
        <source>Import the watchlist file HQ made for this device</source>
        <translation>استيراد ملف قائمة المراقبة الذي أعدّته القيادة لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="637"/>
        <source>Watchlist hits…</source>
        <translation>تطابقات قائمة المراقبة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="638"/>
        <source>Every watchlist hit on this device: open, confirmed or rejected, and why</source>
        <translation>كل تطابقات قائمة المراقبة على هذا الجهاز: بانتظار القرار أو مؤكدة أو مرفوضة، والسبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="639"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="640"/>
        <source>Save what was typed, close the store and leave fieldkit</source>
        <translation>حفظ ما كُتب وإغلاق المخزن والخروج من fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="651"/>
        <source>UNLOCKED</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="651"/>
        <source>LOCKED</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="653"/>
        <source>Operator: {}</source>
        <translation>المشغّل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="654"/>
        <source>Not yet bundled: {}</source>
        <translation>لم تُحزم بعد: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="658"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>المساحة الحرة: {:.1f} غ.ب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="677"/>
        <source>Import the watchlist file from HQ</source>
        <translation>استيراد ملف قائمة المراقبة من القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="685"/>
        <source>Importing the watchlist…</source>
        <translation>جارٍ استيراد قائمة المراقبة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="689"/>
        <source>Watchlist v{} imported: {} entries, expires {}.</source>
        <translation>استُوردت قائمة المراقبة الإصدار {}: {} إدخالات، تنتهي صلاحيتها في {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="695"/>
        <location filename="../../fieldkit/gui/mainwindow.py" line="696"/>
        <source>The watchlist was not imported: {}</source>
        <translation>لم تُستورد قائمة المراقبة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="752"/>
        <source>Hit on {} confirmed and recorded.</source>
        <translation>تأكّد التطابق مع {} وسُجّل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="754"/>
        <source>Hit on {} rejected and recorded.</source>
        <translation>رُفض التطابق مع {} وسُجّل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="562"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>مُسح المخزن: لا يستطيع أحد فتحه بعد الآن.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="82"/>
        <location filename="../../fieldkit/gui/player.py" line="143"/>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="85"/>
        <source>Play or pause (Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="113"/>
        <source>No sound in this recording.</source>
        <translation>لا صوت في هذا التسجيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="130"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="206"/>
        <source>Decrypting the recording…</source>
        <translation>جارٍ فك تشفير التسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="232"/>
        <source>This part of the recording cannot be played ({}); the original is kept unchanged.</source>
        <translation>لا يمكن تشغيل هذا الجزء من التسجيل ({})؛ يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="236"/>
        <source>unexpected error in playback ({})</source>
        <translation>خطأ غير متوقع في التشغيل ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="248"/>
        <source>Damaged from {}: {}</source>
        <translation>تالف ابتداءً من {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="329"/>
        <source>Press Play to see the recording.</source>
        <translation>اضغط «تشغيل» لرؤية التسجيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="331"/>
        <source>♪ Sound only</source>
        <translation>♪ صوت فقط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="384"/>
        <source>Sound unavailable: this computer has no audio output.</source>
        <translation>الصوت غير متاح: لا مخرج صوت في هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="387"/>
        <source>Sound unavailable: the audio output does not play {} Hz.</source>
        <translation>الصوت غير متاح: مخرج الصوت لا يدعم {} هرتز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="393"/>
        <source>Sound: {}</source>
        <translation>الصوت: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="397"/>
        <source>The pictures play alone.</source>
        <translation>تُعرض الصورة دون صوت.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="414"/>
        <source>Sound unavailable: the audio output did not start.</source>
        <translation>الصوت غير متاح: لم يبدأ مخرج الصوت.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="179"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="218"/>
        <source>×{}</source>
        <translation>×{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="220"/>
        <source>{} more</source>
        <translation>{} أخرى</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="148"/>
        <source>Move {} from {}</source>
        <translation>نقل {} من {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="152"/>
        <source>Search tag, case, category, description</source>
        <translation>ابحث بالحرز أو القضية أو الفئة أو الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="167"/>
        <location filename="../../fieldkit/gui/capture_actions.py" line="273"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="168"/>
        <source>{} is now in {} / {}. Move to item:</source>
        <translation>{} — حالياً في {} / {}. النقل إلى الحرز:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="273"/>
        <source>Move to {}</source>
        <translation>نقل إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="218"/>
        <location filename="../../fieldkit/gui/capture_actions.py" line="278"/>
        <source>Choose the item to move to.</source>
        <translation>اختر الحرز المراد النقل إليه.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="89"/>
        <source>New item</source>
        <translation>حرز جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="96"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>رقم الحرز، مثل EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="102"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="104"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>قراءة رقم الحرز من صورة رمزه الشريطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="108"/>
        <source>Evidence tag</source>
        <translation>رقم الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="111"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="112"/>
        <source>Same site as the previous item: {}</source>
        <translation>الموقع نفسه كالحرز السابق: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="142"/>
        <source>Type the case this item belongs to.</source>
        <translation>اكتب القضية التي ينتمي إليها هذا الحرز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="145"/>
        <source>Type the evidence tag (or read it from a photo of its barcode).</source>
        <translation>اكتب رقم الحرز (أو اقرأه من صورة رمزه الشريطي).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="156"/>
        <source>{} is already an item of {}: type another tag.</source>
        <translation>{} حرز موجود في {}: اكتب رقماً آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="188"/>
        <source>Photo of the tag</source>
        <translation>صورة الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="196"/>
        <source>Read from the photo: {}</source>
        <translation>قُرئ من الصورة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="198"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>لم يُعثر على رمز شريطي أو QR: اكتب رقم الحرز.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="125"/>
        <source>New subject</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="131"/>
        <source>e.g. S-0001</source>
        <translation>مثلاً S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="136"/>
        <source>three letters, e.g. SYR</source>
        <translation>ثلاثة أحرف، مثلاً SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="145"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="146"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="147"/>
        <source>Name given (claimed)</source>
        <translation>الاسم المُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="148"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="149"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="150"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="151"/>
        <source>Only the case and the reference are needed; the rest can be added later.</source>
        <translation>القضية والمرجع فقط مطلوبان؛ يمكن إضافة الباقي لاحقًا.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="84"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="85"/>
        <source>uploading {}%</source>
        <translation>جارٍ الإرسال {}%</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="85"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="86"/>
        <source>verifying at HQ</source>
        <translation>قيد التحقق في القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="86"/>
        <source>acknowledged by HQ</source>
        <translation>أقرّت القيادة بالاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="88"/>
        <source>REJECTED</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="90"/>
        <source>acknowledged by HQ (it already had it)</source>
        <translation>أقرّت القيادة بالاستلام (كانت لديها من قبل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="100"/>
        <source>Tried {}: {}</source>
        <translation>محاولة في {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="100"/>
        <source>no error</source>
        <translation>لا خطأ</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="234"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>انقر مرتين على حزمة لرؤية إقرار استلام القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="241"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="244"/>
        <source>Send the selected bundle again</source>
        <translation>إعادة إرسال الحزمة المحددة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="247"/>
        <source>Free space…</source>
        <translation>تحرير مساحة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="249"/>
        <source>Remove from this laptop what HQ acknowledged with a verified receipt</source>
        <translation>إزالة ما أقرّت القيادة باستلامه بإقرار مُتحقَّق منه من هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="251"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>الإرسال تلقائياً كلما ردّت القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="325"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} في الانتظار، {} مُقرّ باستلامها، {} مرفوضة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="328"/>
        <source>HQ: {}</source>
        <translation>القيادة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="330"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>لا عنوان للقيادة بعد: استورد ملف تهيئة يتضمّنه (الإعدادات). يمكن للحزم أن تنتقل على قرص قابل للإزالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="334"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="341"/>
        <source>Asking HQ…</source>
        <translation>جارٍ سؤال القيادة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="337"/>
        <source>Already sending.</source>
        <translation>الإرسال جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="348"/>
        <source>Sending bundle {} to HQ: {:.1f} of {:.1f} MB</source>
        <translation>جارٍ إرسال الحزمة {} إلى القيادة: {:.1f} من {:.1f} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="365"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>ردّت القيادة؛ صندوق الإرسال محدَّث.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="366"/>
        <source>HQ did not answer at {}: bundles wait and go when it does.</source>
        <translation>لم تردّ القيادة في {}: تنتظر الحزم وتُرسل عندما تردّ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/outbox.py" line="384"/>
        <source>Safe at HQ (acknowledged with a verified receipt): %n capture(s), {:.1f} MB.
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): %n التقاطات، {:.1f} ميغابايت.
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): التقاط واحد، {:.1f} ميغابايت.
إزالته من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): التقاطان، {:.1f} ميغابايت.
إزالتهما من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): %n التقاطات، {:.1f} ميغابايت.
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): %n التقاطاً، {:.1f} ميغابايت.
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
            <numerusform>في أمان لدى القيادة (بإقرار استلام مُتحقَّق منه): %n التقاط، {:.1f} ميغابايت.
إزالتها من هذا الحاسوب نهائياً؟ اكتب REMOVE للتأكيد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/outbox.py" line="393"/>
        <source>Removed %n capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>
            <numerusform>أُزيلت %n التقاطات؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</numerusform>
            <numerusform>أُزيل التقاط واحد؛ تحتفظ به القيادة ويحفظ سجل الحيازة بصمته.</numerusform>
            <numerusform>أُزيل التقاطان؛ تحتفظ بهما القيادة ويحفظ سجل الحيازة بصمتيهما.</numerusform>
            <numerusform>أُزيلت %n التقاطات؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</numerusform>
            <numerusform>أُزيل %n التقاطاً؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</numerusform>
            <numerusform>أُزيل %n التقاط؛ تحتفظ بها القيادة ويحفظ سجل الحيازة بصماتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="378"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>لا شيء للإزالة: لا التقاط في حزمة أقرّت القيادة باستلامها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="382"/>
        <source>Free space</source>
        <translation>تحرير مساحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="388"/>
        <source>Nothing removed.</source>
        <translation>لم يُزل شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="403"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>الحزمة {}: لا إقرار استلام من القيادة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="406"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>الحزمة {} — إقرار موقَّع من القيادة ({})، التوقيع مُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="408"/>
        <source>Verdict: {}</source>
        <translation>النتيجة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="409"/>
        <source>Received: {}</source>
        <translation>استُلم: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="410"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 للملف المرسَل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="411"/>
        <source>Bundle id: {}</source>
        <translation>معرّف الحزمة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="414"/>
        <source>Reason: {}: {}</source>
        <translation>السبب: {}: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="419"/>
        <source>Receipt</source>
        <translation>إقرار الاستلام</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="174"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="203"/>
        <source>Cancelled: {}</source>
        <translation>أُلغي: {}</translation>
    </message>
</context>
<context>
    <name>ProvisionedDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="56"/>
        <source>Provisioning file imported</source>
        <translation>استُورد ملف التهيئة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/dialogs.py" line="57"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: مستلم جديد واحد</numerusform>
            <numerusform>تمت التهيئة: مستلمان جديدان</numerusform>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: %n مستلماً جديداً</numerusform>
            <numerusform>تمت التهيئة: %n مستلم جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="63"/>
        <source>Compare these with what HQ tells you (in person or over the phone) before sending anything: a file swapped on the way would send the evidence to someone else&apos;s key.</source>
        <translation>قارن هذه القيم بما تبلغك به القيادة (شخصياً أو عبر الهاتف) قبل إرسال أي شيء: ملف مُستبدل في الطريق سيرسل الأدلة إلى مفتاح شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="67"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="67"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="68"/>
        <source>HQ recipient</source>
        <translation>مستلم القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="70"/>
        <source>HQ signing key</source>
        <translation>مفتاح توقيع القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="71"/>
        <source>Sends to</source>
        <translation>يرسل إلى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="72"/>
        <source>Server certificate (SHA-256)</source>
        <translation>شهادة الخادم (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="74"/>
        <source>AFIS agency codes (ORI, DAI)</source>
        <translation>رموز جهة AFIS (ORI وDAI)</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="109"/>
        <location filename="../../fieldkit/gui/dialogs.py" line="124"/>
        <source>Provisioning file</source>
        <translation>ملف التهيئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="110"/>
        <source>Provisioning file from HQ (*.json);;All files (*)</source>
        <translation>ملف التهيئة من القيادة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="126"/>
        <source>The provisioning file was not imported: {}</source>
        <translation>لم يُستورد ملف التهيئة: {}</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>QUARANTINED: do not use this bundle</source>
        <translation>في الحجر: لا تستخدم هذه الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="169"/>
        <source>What to do: {}</source>
        <translation>ما العمل: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="170"/>
        <source>Bundle: {}
What the check found: {} ({})</source>
        <translation>الحزمة: {}
ما وجده الفحص: {} ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="177"/>
        <source>A copy of this file is kept in HQ&apos;s quarantine, with the reason beside it: {}</source>
        <translation>نسخة من هذا الملف محفوظة في حجر القيادة، والسبب بجانبها: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="181"/>
        <source>This file was already in HQ&apos;s quarantine (same SHA-256), no second copy made: {}</source>
        <translation>هذا الملف موجود أصلاً في حجر القيادة (بصمة SHA-256 نفسها)، ولم تُنشأ نسخة ثانية: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="185"/>
        <source>No copy could be kept in HQ&apos;s quarantine: {}. Keep the file safe yourself.</source>
        <translation>تعذّر حفظ نسخة في حجر القيادة: {}. احفظ الملف في مكان آمن بنفسك.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="439"/>
        <source>Reject watchlist hit</source>
        <translation>رفض تطابق قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="441"/>
        <source>Why is the capture not {}? The custody log keeps your reason.</source>
        <translation>لماذا ليس الالتقاط {}؟ يحفظ سجل العهدة سببك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="446"/>
        <source>e.g. a different person: face shape, age or scars do not match</source>
        <translation>مثلًا: شخص آخر؛ شكل الوجه أو العمر أو الندوب لا تتطابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="448"/>
        <source>e.g. different pattern type; core and delta do not correspond</source>
        <translation>مثلاً: نوع النمط مختلف؛ النواة والدلتا غير متطابقتين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="451"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="745"/>
        <source>{} received by the laboratory</source>
        <translation>استلم المختبر {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="750"/>
        <source>{} from {}, shipped under manifest {}</source>
        <translation>{} من {}، شُحنت ببيان الشحن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="754"/>
        <source>who signed for it at the laboratory</source>
        <translation>من وقّع على استلامها في المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="755"/>
        <source>the laboratory&apos;s reference</source>
        <translation>مرجع المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="757"/>
        <source>Seal intact</source>
        <translation>الختم سليم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="757"/>
        <source>Seal broken or missing</source>
        <translation>الختم مكسور أو مفقود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="760"/>
        <source>Received by</source>
        <translation>استلمها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="761"/>
        <source>Lab reference</source>
        <translation>مرجع المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="762"/>
        <source>Seal {}</source>
        <translation>الختم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="763"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="765"/>
        <source>Record receipt</source>
        <translation>تسجيل الاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="771"/>
        <source>Type who received it at the laboratory.</source>
        <translation>اكتب من استلمها في المختبر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="775"/>
        <source>Say whether the seal arrived intact (Alt+1) or not (Alt+2).</source>
        <translation>حدّد هل وصل الختم سليماً (Alt+1) أم لا (Alt+2).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="36"/>
        <source>fieldkit verification report</source>
        <translation>تقرير التحقق من fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="37"/>
        <source>fieldkit verification report: QUARANTINED</source>
        <translation>تقرير التحقق من fieldkit: في الحجر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="38"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="39"/>
        <source>QUARANTINED — do not use: unverified content is not reproduced here</source>
        <translation>في الحجر — لا تستخدمه: المحتوى غير المُتحقَّق منه لا يُعرض هنا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="40"/>
        <source>Bundle:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="41"/>
        <source>File SHA-256:</source>
        <translation>SHA-256 للملف:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="42"/>
        <source>Reason code:</source>
        <translation>رمز السبب:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="43"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="45"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="46"/>
        <source>check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="47"/>
        <source>result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="48"/>
        <source>detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="49"/>
        <source>pass</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="50"/>
        <source>FAIL</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="52"/>
        <source>Device and sequence</source>
        <translation>الجهاز والتسلسل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="53"/>
        <source>device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="54"/>
        <source>organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="55"/>
        <source>bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="56"/>
        <source>{bundle}, number {sequence}</source>
        <translation>{bundle}، رقم {sequence}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="57"/>
        <source>previous bundle&apos;s tag manifest</source>
        <translation>بيان الوسوم للحزمة السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="58"/>
        <source>this bundle&apos;s tag manifest</source>
        <translation>بيان الوسوم لهذه الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="59"/>
        <source>numbers abandoned before</source>
        <translation>أرقام متروكة من قبل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="60"/>
        <source>custody entries</source>
        <translation>قيود الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="61"/>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="62"/>
        <source>created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="64"/>
        <source>Items</source>
        <translation>الأحراز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="65"/>
        <source>{tag} ({category}), case {case}</source>
        <translation>{tag} ({category})، القضية {case}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="66"/>
        <source>capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="67"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="68"/>
        <source>media type</source>
        <translation>نوع الوسائط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="69"/>
        <source>original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="70"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="71"/>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="72"/>
        <source>captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="73"/>
        <source>acquired from</source>
        <translation>مصدر الاكتساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="74"/>
        <source>analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="75"/>
        <source>{path} in archive {archive}</source>
        <translation>{path} في الأرشيف {archive}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="76"/>
        <source>{name} (capture {id})</source>
        <translation>{name} (الالتقاط {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="77"/>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="78"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="79"/>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="80"/>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="81"/>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="83"/>
        <source>Left out</source>
        <translation>المُستبعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="86"/>
        <source>Products the device could not derive from these captures; the originals travel all the same.</source>
        <translation>نواتج مشتقة لم يستطع الجهاز استخراجها من هذه الالتقاطات؛ الأصول تُرسل رغم ذلك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="87"/>
        <source>product</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="88"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="90"/>
        <source>Amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="95"/>
        <source>Changes made on the device after earlier bundles carried these captures, items, subjects or sites; HQ keeps the originals and applies these in order.</source>
        <translation>تغييرات أُجريت على الجهاز بعد أن حملت حزم سابقة هذه الالتقاطات أو الأحراز أو الأشخاص أو المواقع؛ يحتفظ المقر بالأصول ويطبّق هذه التغييرات بالترتيب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="96"/>
        <source>change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="97"/>
        <source>at HQ</source>
        <translation>في المقر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="98"/>
        <source>waiting: HQ has not received the original yet</source>
        <translation>في الانتظار: لم يتسلّم المقر الأصل بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="99"/>
        <source>applies to what HQ holds</source>
        <translation>يُطبَّق على ما يحتفظ به المقر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="101"/>
        <source>Watchlist hits</source>
        <translation>التطابقات مع قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="106"/>
        <source>Found on the device against its watchlist, with the operator&apos;s decision when the bundle was made (a later decision travels in a later bundle).</source>
        <translation>وُجدت على الجهاز بمقارنتها بقائمة المراقبة، مع قرار المشغّل عند إنشاء الحزمة (القرار اللاحق يُرسل في حزمة لاحقة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="107"/>
        <source>subject / item</source>
        <translation>الشخص / الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="108"/>
        <source>finger</source>
        <translation>الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="109"/>
        <source>face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="110"/>
        <source>watchlist entry</source>
        <translation>مُدخل قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="111"/>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="112"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="113"/>
        <source>found</source>
        <translation>وقت العثور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="114"/>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="115"/>
        <source>OPEN: no decision on the device yet</source>
        <translation>مفتوح: لا قرار على الجهاز بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="116"/>
        <source>CONFIRMED by {operator} {time}</source>
        <translation>أكّده {operator} في {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="117"/>
        <source>REJECTED by {operator} {time}</source>
        <translation>رفضه {operator} في {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="118"/>
        <source>{decision}: {reason}</source>
        <translation>{decision}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="119"/>
        <source>Same person at HQ</source>
        <translation>الشخص نفسه في المقر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="124"/>
        <source>Subjects of other devices (or other subjects), and entries of HQ&apos;s watchlist, whose fingerprints match this bundle&apos;s subjects: candidates for an examiner (&apos;fieldkit hq matches&apos;); nothing is merged.</source>
        <translation>أشخاص من أجهزة أخرى (أو أشخاص آخرون)، ومُدخلات من قائمة مراقبة المقر، تتطابق بصماتهم مع أشخاص هذه الحزمة: مرشحون لفاحص (&apos;fieldkit hq matches&apos;)؛ لا يُدمج شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="125"/>
        <source>None found (or the bundle is not ingested yet).</source>
        <translation>لم يُعثر على شيء (أو لم تُدخل الحزمة بعد).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="126"/>
        <source>subject A</source>
        <translation>الشخص أ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="127"/>
        <source>subject B</source>
        <translation>الشخص ب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="128"/>
        <source>fingers</source>
        <translation>الأصابع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="129"/>
        <source>examiner</source>
        <translation>الفاحص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="130"/>
        <source>{reference} (device {device}, bundles {bundles})</source>
        <translation>{reference} (الجهاز {device}، الحزم {bundles})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="131"/>
        <source>HQ watchlist entry {reference} ({instructions})</source>
        <translation>مُدخل قائمة مراقبة المقر {reference} ({instructions})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="132"/>
        <source>HQ watchlist entry {reference} [{category}] ({instructions})</source>
        <translation>مُدخل قائمة مراقبة المقر {reference} [{category}] ({instructions})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="133"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="134"/>
        <source>same</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="135"/>
        <source>different</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="136"/>
        <source>undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="138"/>
        <source>Custody timeline</source>
        <translation>التسلسل الزمني للحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="139"/>
        <source>time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="140"/>
        <source>what happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="141"/>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="142"/>
        <source>performer</source>
        <translation>المنفّذ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="143"/>
        <source>object</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="145"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="146"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="147"/>
        <source>What the check found: {message} (reason code {code})</source>
        <translation>ما وجده الفحص: {message} (رمز السبب {code})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="148"/>
        <source>The bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="149"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="150"/>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="151"/>
        <source>SHA-256 (of the file as HQ read it)</source>
        <translation>SHA-256 (للملف كما قرأه المقر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="152"/>
        <source>copy kept in quarantine</source>
        <translation>نسخة محفوظة في الحجر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="153"/>
        <source>This report</source>
        <translation>هذا التقرير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="154"/>
        <source>made</source>
        <translation>أُعدّ في</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="155"/>
        <source>HQ folder</source>
        <translation>مجلد المقر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="156"/>
        <source>machine</source>
        <translation>الجهاز المضيف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="158"/>
        <source>decryption</source>
        <translation>فك التشفير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="159"/>
        <source>signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="160"/>
        <source>tag files</source>
        <translation>ملفات الوسوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="161"/>
        <source>signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="162"/>
        <source>tag manifest</source>
        <translation>بيان الوسوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="163"/>
        <source>bundle description</source>
        <translation>وصف الحزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="164"/>
        <source>bag description</source>
        <translation>وصف الحقيبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="165"/>
        <source>payload files</source>
        <translation>ملفات المحتوى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="166"/>
        <source>custody log</source>
        <translation>سجل الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="167"/>
        <source>fingerprints</source>
        <translation>بصمات الأصابع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="168"/>
        <source>identification</source>
        <translation>التعرّف على الهوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="169"/>
        <source>left out</source>
        <translation>ما تُرك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="170"/>
        <source>end of the file</source>
        <translation>نهاية الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="171"/>
        <source>reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="172"/>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="173"/>
        <source>samples</source>
        <translation>العيّنات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="174"/>
        <source>amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="176"/>
        <source>Samples</source>
        <translation>العيّنات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="181"/>
        <source>Physical samples (DNA) taken from items, as they stood when the bundle was made; each custody step in this bundle&apos;s range matches the signed custody log.</source>
        <translation>عيّنات مادية (حمض نووي) أُخذت من الأحراز، كما كانت عند إعداد الحزمة؛ كل خطوة حيازة ضمن نطاق هذه الحزمة تطابق سجل الحيازة الموقّع.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="182"/>
        <source>case / item</source>
        <translation>القضية / الحرز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="183"/>
        <source>sample</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="184"/>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="185"/>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="186"/>
        <source>holder</source>
        <translation>الحائز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="187"/>
        <source>seal</source>
        <translation>الختم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="188"/>
        <source>manifest</source>
        <translation>بيان الشحن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="189"/>
        <source>custody steps</source>
        <translation>خطوات الحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="190"/>
        <source>{what} ({operator}, {time})</source>
        <translation>{what} ({operator}، {time})</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="172"/>
        <source>Resolution of the print</source>
        <translation>دقة البصمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="178"/>
        <source>The file of {} does not give a print&apos;s resolution. A wrong one makes every ridge the wrong size: state it only if you know it (the scanner&apos;s setting, or the scale on the card). Ten-print scanners and cards are usually 500 ppi, latent photos 1000 ppi. Until it is set, the print is kept but not scored or searched.</source>
        <translation>ملف {} لا يذكر دقة البصمة. الدقة الخاطئة تجعل كل خط بحجم خاطئ: حدّدها فقط إن كنت تعرفها (إعداد الماسح، أو المقياس على البطاقة). الماسحات وبطاقات البصمات العشر عادةً 500 نقطة/بوصة، وصور البصمات الكامنة 1000. حتى تُحدَّد، تُحفظ البصمة لكن لا تُقيَّم ولا يُبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="191"/>
        <source>how you know it, e.g. scanner set to 500 ppi</source>
        <translation>كيف تعرفها، مثلًا: الماسح مضبوط على 500 نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="194"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="196"/>
        <source>Finger</source>
        <translation>الإصبع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="199"/>
        <source>How it is known</source>
        <translation>كيف عُرفت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="202"/>
        <source>Confirm resolution</source>
        <translation>تأكيد الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="204"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="67"/>
        <source>Swab</source>
        <translation>مسحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="68"/>
        <source>Touch DNA</source>
        <translation>حمض نووي لمسي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="69"/>
        <source>Saliva</source>
        <translation>لعاب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="70"/>
        <source>Blood</source>
        <translation>دم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="71"/>
        <source>Hair</source>
        <translation>شعر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="72"/>
        <source>Tissue</source>
        <translation>نسيج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="73"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="81"/>
        <source>NOT SEALED</source>
        <translation>غير مختومة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="82"/>
        <source>SEALED</source>
        <translation>مختومة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="83"/>
        <source>HANDED OVER</source>
        <translation>سُلّمت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="84"/>
        <source>SHIPPED</source>
        <translation>شُحنت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="85"/>
        <source>RECEIVED BY THE LAB</source>
        <translation>استلمها المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="89"/>
        <source>HANDED OVER, NOT SEALED</source>
        <translation>سُلّمت، غير مختومة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="94"/>
        <source>in transit with {}</source>
        <translation>في الطريق مع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="96"/>
        <source>received by {}</source>
        <translation>استلمها {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="97"/>
        <source>held by {}</source>
        <translation>بحوزة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="103"/>
        <source>The sample</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="104"/>
        <source>Its sealed packaging</source>
        <translation>تغليفها المختوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="105"/>
        <source>The spot it was taken from</source>
        <translation>الموضع الذي أُخذت منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="106"/>
        <source>Its tag</source>
        <translation>بطاقتها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="846"/>
        <source>Collected ({})</source>
        <translation>جُمعت ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="849"/>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="883"/>
        <source>→ {}</source>
        <translation>→ {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="852"/>
        <source>Sealed: seal {}</source>
        <translation>خُتمت: الختم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="854"/>
        <source>(replaces seal {})</source>
        <translation>(تحلّ محل الختم {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="859"/>
        <source>Handed over</source>
        <translation>سُلّمت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="861"/>
        <source>Handed over, not sealed</source>
        <translation>سُلّمت، غير مختومة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="864"/>
        <source>the receiver&apos;s passphrase</source>
        <translation>عبارة مرور المستلم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="865"/>
        <source>typed: {}</source>
        <translation>مكتوبة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="869"/>
        <source>Shipped, manifest {}</source>
        <translation>شُحنت، بيان الشحن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="876"/>
        <source>seal intact</source>
        <translation>الختم سليم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="878"/>
        <source>SEAL BROKEN OR MISSING</source>
        <translation>الختم مكسور أو مفقود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="881"/>
        <source>Received by the laboratory</source>
        <translation>استلمها المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="882"/>
        <source>ref. {}</source>
        <translation>مرجع {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="885"/>
        <source>Photo linked: {}</source>
        <translation>صورة مربوطة: {}</translation>
    </message>
</context>
<context>
    <name>SamplesPart</name>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="172"/>
        <source>Add sample ({})</source>
        <translation>إضافة عيّنة ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="174"/>
        <source>Record a sample taken from this item: swab, touch DNA, hair… ({})</source>
        <translation>تسجيل عيّنة مأخوذة من هذا الغرض: مسحة، حمض نووي لمسي، شعر… ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="177"/>
        <source>Seal…</source>
        <translation>ختم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="178"/>
        <source>Hand over…</source>
        <translation>تسليم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="176"/>
        <source>Shipped…</source>
        <translation>شُحنت…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="179"/>
        <source>Received…</source>
        <translation>استُلمت…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="180"/>
        <source>Link photo…</source>
        <translation>ربط صورة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="181"/>
        <source>Custody…</source>
        <translation>الحيازة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="182"/>
        <source>Save manifest…</source>
        <translation>حفظ بيان الشحن…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="185"/>
        <source>Sealed samples of this case under one manifest number</source>
        <translation>عيّنات مختومة من هذه القضية تحت رقم بيان شحن واحد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="186"/>
        <source>Every step of the selected sample (Enter in the list)</source>
        <translation>كل خطوات العيّنة المحددة (Enter في القائمة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="187"/>
        <source>The shipping manifest as a page to print on A4</source>
        <translation>بيان الشحن كصفحة للطباعة على ورق A4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="201"/>
        <source>No sample recorded for this item. Press {} to add one.</source>
        <translation>لا توجد عيّنة مسجّلة لهذا الغرض. اضغط {} لإضافة عيّنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="261"/>
        <source>Samples ({})</source>
        <translation>العيّنات ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="285"/>
        <source>seal {}</source>
        <translation>الختم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="285"/>
        <source>no seal yet</source>
        <translation>لا ختم بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="287"/>
        <source>manifest {}</source>
        <translation>بيان الشحن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="377"/>
        <source>Shipment {} recorded</source>
        <translation>سُجّلت الشحنة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="379"/>
        <source>Save its manifest to print it: {}</source>
        <translation>احفظ بيان شحنها لطباعته: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="405"/>
        <source>Sample {} recorded</source>
        <translation>سُجّلت العيّنة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="412"/>
        <source>{} sealed</source>
        <translation>خُتمت {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="419"/>
        <source>{} handed over</source>
        <translation>سُلّمت {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="431"/>
        <source>Shipment recorded</source>
        <translation>سُجّلت الشحنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="439"/>
        <source>{} received by the laboratory</source>
        <translation>استلم المختبر {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="447"/>
        <source>Photo linked to {}</source>
        <translation>رُبطت صورة بـ {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="483"/>
        <source>Save the manifest of {}</source>
        <translation>حفظ بيان الشحن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="484"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="494"/>
        <source>Manifest {} saved to {}: open it in a browser and print it on A4.</source>
        <translation>حُفظ بيان الشحن {} في {}: افتحه في متصفح واطبعه على ورق A4.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="55"/>
        <source>Look for scanners</source>
        <translation>البحث عن الماسحات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="65"/>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="66"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="97"/>
        <source>Colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="67"/>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="72"/>
        <source>Flatbed (one page)</source>
        <translation>السطح الزجاجي (صفحة واحدة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="73"/>
        <source>Document feeder (all pages)</source>
        <translation>وحدة التغذية (كل الصفحات)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="74"/>
        <source>Feeder, both sides</source>
        <translation>وحدة التغذية، الوجهان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="80"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="83"/>
        <source>Scan into the current item</source>
        <translation>المسح إلى الحرز الحالي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="94"/>
        <source>Scanner</source>
        <translation>الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="96"/>
        <source>Resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="98"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="127"/>
        <source>Scan into {}</source>
        <translation>المسح إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="128"/>
        <source>Scan (choose an item first)</source>
        <translation>المسح (اختر حرزاً أولاً)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="143"/>
        <source>Looking for scanners…</source>
        <translation>جارٍ البحث عن الماسحات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="156"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>لم يُعثر على ماسح. صِلْ واحداً وشغّله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="175"/>
        <source>Preview (not stored).</source>
        <translation>معاينة (غير محفوظة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="185"/>
        <source>Select or create an item first.</source>
        <translation>اختر حرزاً أو أنشئ واحداً أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="193"/>
        <source>Scanning into {}…</source>
        <translation>جارٍ المسح إلى {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="196"/>
        <source>Scanning into {}: page {} scanned…</source>
        <translation>جارٍ المسح إلى {}: مُسحت الصفحة {}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/scanner.py" line="203"/>
        <source>Stored %n page(s) as capture #{} in {}</source>
        <translation>
            <numerusform>حُفظت %n صفحات كالتقاط رقم {} في {}</numerusform>
            <numerusform>حُفظت صفحة واحدة كالتقاط رقم {} في {}</numerusform>
            <numerusform>حُفظت صفحتان كالتقاط رقم {} في {}</numerusform>
            <numerusform>حُفظت %n صفحات كالتقاط رقم {} في {}</numerusform>
            <numerusform>حُفظت %n صفحة كالتقاط رقم {} في {}</numerusform>
            <numerusform>حُفظت %n صفحة كالتقاط رقم {} في {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/scanner.py" line="205"/>
        <source>%n scanned page(s) added to {}</source>
        <translation>
            <numerusform>أُضيفت %n صفحات ممسوحة إلى {}</numerusform>
            <numerusform>أُضيفت صفحة ممسوحة واحدة إلى {}</numerusform>
            <numerusform>أُضيفت صفحتان ممسوحتان إلى {}</numerusform>
            <numerusform>أُضيفت %n صفحات ممسوحة إلى {}</numerusform>
            <numerusform>أُضيفت %n صفحة ممسوحة إلى {}</numerusform>
            <numerusform>أُضيفت %n صفحة ممسوحة إلى {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="197"/>
        <source>Scanned page {}…</source>
        <translation>مُسحت الصفحة {}…</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="526"/>
        <source>Seal {}</source>
        <translation>ختم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="529"/>
        <source>Seal {} from {}</source>
        <translation>ختم {} من {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="530"/>
        <source>the number on the seal</source>
        <translation>الرقم المكتوب على الختم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="535"/>
        <source>Sealed now with {}: a new seal replaces it.</source>
        <translation>مختومة الآن بـ {}: الختم الجديد يحلّ محله.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="537"/>
        <source>Seal number</source>
        <translation>رقم الختم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="538"/>
        <source>Packaging</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="539"/>
        <source>Storage</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="541"/>
        <source>Seal</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="547"/>
        <source>Type the number on the seal.</source>
        <translation>اكتب الرقم المكتوب على الختم.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="53"/>
        <source>Add operator…</source>
        <translation>إضافة مشغّل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="55"/>
        <source>Remove operator</source>
        <translation>إزالة المشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="57"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="61"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Night (dim, red)</source>
        <translation>ليلي (خافت، أحمر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="72"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>{} %</source>
        <translation>{}٪</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="86"/>
        <source>Import provisioning file…</source>
        <translation>استيراد ملف التهيئة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="88"/>
        <source>Emergency wipe…</source>
        <translation>المسح الطارئ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <source>Operators</source>
        <translation>المشغّلون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="106"/>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="109"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="110"/>
        <source>Store location</source>
        <translation>موقع المخزن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="111"/>
        <source>Device key fingerprint</source>
        <translation>بصمة مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="112"/>
        <source>Enrolment at HQ</source>
        <translation>التسجيل لدى القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Headquarters</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="148"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="148"/>
        <source>New passphrase for {}:</source>
        <translation>عبارة مرور جديدة لـ {}:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="157"/>
        <source>Add operator</source>
        <translation>إضافة مشغّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="157"/>
        <source>Operator name:</source>
        <translation>اسم المشغّل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="164"/>
        <source>Added operator {}</source>
        <translation>أُضيف المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="172"/>
        <source>Removed operator {}</source>
        <translation>أُزيل المشغّل {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="184"/>
        <source>Changed the passphrase of {}</source>
        <translation>تم تغيير عبارة مرور {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/settings.py" line="192"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: مستلم جديد واحد</numerusform>
            <numerusform>تمت التهيئة: مستلمان جديدان</numerusform>
            <numerusform>تمت التهيئة: %n مستلمين جدد</numerusform>
            <numerusform>تمت التهيئة: %n مستلماً جديداً</numerusform>
            <numerusform>تمت التهيئة: %n مستلم جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="199"/>
        <source>Emergency wipe</source>
        <translation>المسح الطارئ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="200"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>هذا يدمّر كل المفاتيح: لن يفتح أحد هذا المخزن أبداً.
اكتب WIPE للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="203"/>
        <source>Wipe cancelled.</source>
        <translation>أُلغي المسح.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="671"/>
        <source>Mark samples of {} shipped</source>
        <translation>تسجيل شحن عيّنات {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="674"/>
        <source>Samples of {} / {} that leave in one parcel</source>
        <translation>عيّنات {} / {} التي تغادر في طرد واحد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="681"/>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="691"/>
        <source>seal {}</source>
        <translation>الختم {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="684"/>
        <source>Other items of {}:</source>
        <translation>أغراض أخرى من {}:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="694"/>
        <source>the manifest number on the parcel</source>
        <translation>رقم بيان الشحن على الطرد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="695"/>
        <source>e.g. Central forensic laboratory</source>
        <translation>مثل المختبر الجنائي المركزي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="696"/>
        <source>who carries it</source>
        <translation>من ينقله</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="697"/>
        <source>Samples (Space ticks)</source>
        <translation>العيّنات (المسافة تؤشّر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="698"/>
        <source>Manifest number</source>
        <translation>رقم بيان الشحن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="699"/>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="700"/>
        <source>Carrier</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="728"/>
        <source>Mark {} shipped</source>
        <translation>تسجيل شحن {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="733"/>
        <source>Tick the samples in the parcel (Space ticks the one selected).</source>
        <translation>أشّر على العيّنات الموجودة في الطرد (المسافة تؤشّر على المحددة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="736"/>
        <source>Type the manifest number written on the parcel.</source>
        <translation>اكتب رقم بيان الشحن المكتوب على الطرد.</translation>
    </message>
</context>
<context>
    <name>SourceTroubles</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="130"/>
        <source>{} ({}) is not available: {}</source>
        <translation>{} ({}) غير متاح: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="130"/>
        <source>it is not set up on this computer</source>
        <translation>غير مُعدّ على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="132"/>
        <source>{} ({}) failed: {}</source>
        <translation>{} ({}) فشل: {}</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="895"/>
        <source>Custody of {}</source>
        <translation>حيازة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="899"/>
        <source>{} from {} / {}</source>
        <translation>{} من {} / {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="902"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="907"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="908"/>
        <source>Recorded by</source>
        <translation>سجّلها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="909"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="910"/>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="911"/>
        <source>Confirmed by</source>
        <translation>أُكّد بـ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="952"/>
        <source>Photos linked:</source>
        <translation>الصور المربوطة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="954"/>
        <source>No photo linked yet.</source>
        <translation>لا توجد صورة مربوطة بعد.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../fieldkit/gui/tables.py" line="205"/>
        <source>Select a row to read it whole here.</source>
        <translation>اختر صفاً لقراءته كاملاً هنا.</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="63"/>
        <source>No subject chosen — choose one on the right, or create a new subject</source>
        <translation>لم يُختر شخص — اختر شخصاً على الجانب، أو أنشئ شخصاً جديداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="68"/>
        <source>New subject…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="76"/>
        <source>rolled</source>
        <translation>مدحرجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="77"/>
        <source>plain</source>
        <translation>مسطّحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="78"/>
        <source>Capture finger (Space)</source>
        <translation>التقاط الإصبع (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="224"/>
        <source>Import ten-print card…</source>
        <translation>استيراد بطاقة البصمات العشر…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="84"/>
        <source>Add print from file…</source>
        <translation>إضافة بصمة من ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="87"/>
        <source>Adjust cut…</source>
        <translation>ضبط القصّ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="90"/>
        <source>Set resolution…</source>
        <translation>تحديد الدقة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="93"/>
        <source>State the chosen print&apos;s resolution (and finger): it is then scored and searched against the watchlist</source>
        <translation>حدّد دقة البصمة المختارة (وإصبعها): تُقيَّم بعدها ويُبحث عنها في قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="95"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="259"/>
        <source>Choose or create a subject.</source>
        <translation>اختر شخصاً أو أنشئه.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="102"/>
        <source>Subject</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="105"/>
        <source>Live-scan device</source>
        <translation>جهاز المسح الحي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="221"/>
        <source>Capture finger for {} (Space)</source>
        <translation>التقاط الإصبع لـ {} (مسافة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="222"/>
        <source>Capture finger (choose a subject first)</source>
        <translation>التقاط الإصبع (اختر شخصاً أولاً)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="223"/>
        <source>Import ten-print card for {}…</source>
        <translation>استيراد بطاقة البصمات العشر لـ {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="266"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{}: أُخذت {} من 14 بصمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="268"/>
        <source>Take again: {}.</source>
        <translation>أعد أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="270"/>
        <source>Still to take: {}.</source>
        <translation>ما زال يجب أخذ: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="316"/>
        <source>Subject {} created.</source>
        <translation>أُنشئ الشخص {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="323"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="383"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="433"/>
        <source>Choose or create a subject first.</source>
        <translation>اختر شخصاً أو أنشئه أولاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="333"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>جارٍ التقاط {}… أبقِ الإصبع على الزجاج.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="343"/>
        <source>{} added to {}</source>
        <translation>{}: أُضيفت البصمة إلى {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="345"/>
        <source>{}: kept, but it could not be decoded ({}). Take it again.</source>
        <translation>{}: حُفظت، لكن تعذّر فكّ ترميزها ({}). أعد أخذها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="465"/>
        <source>Setting the resolution, then scoring and searching the print…</source>
        <translation>جارٍ تحديد الدقة، ثم تقييم البصمة والبحث عنها…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="478"/>
        <source>{}: resolution {} ppi, NFIQ 2 {}.</source>
        <translation>{}: الدقة {} نقطة/بوصة، NFIQ 2 {}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="480"/>
        <source>Searched against the watchlist: %n hit(s).</source>
        <translation>
            <numerusform>بُحث عنها في قائمة المراقبة: لا تطابق (%n).</numerusform>
            <numerusform>بُحث عنها في قائمة المراقبة: تطابق واحد (%n).</numerusform>
            <numerusform>بُحث عنها في قائمة المراقبة: تطابقان (%n).</numerusform>
            <numerusform>بُحث عنها في قائمة المراقبة: %n تطابقات.</numerusform>
            <numerusform>بُحث عنها في قائمة المراقبة: %n تطابقًا.</numerusform>
            <numerusform>بُحث عنها في قائمة المراقبة: %n تطابق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="481"/>
        <source>Searched against the watchlist: no hit.</source>
        <translation>بُحث عنها في قائمة المراقبة: لا تطابق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="484"/>
        <source>Not searched: no usable watchlist.</source>
        <translation>لم يُبحث: لا توجد قائمة مراقبة صالحة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="485"/>
        <source>The watchlist search failed: {}</source>
        <translation>فشل البحث في قائمة المراقبة: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="356"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{}: جودة رديئة (NFIQ 2 {}). أعد أخذها الآن: نظّف الزجاج واضغط بالتساوي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="360"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{}: حُفظت (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="386"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>مسح بطاقة البصمات العشر (500 نقطة/بوصة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="393"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>جارٍ قصّ البطاقة إلى أربع عشرة بصمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="395"/>
        <source>Ten-print card for {}: cutting it into its fourteen impressions…</source>
        <translation>بطاقة البصمات العشر لـ {}: جارٍ قصّها إلى أربع عشرة بصمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="402"/>
        <source>Ten-print card for {}: {} of {} steps (cutting, then each impression scored and stored)…</source>
        <translation>بطاقة البصمات العشر لـ {}: الخطوة {} من {} (القصّ، ثم تقييم كل بصمة وحفظها)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="413"/>
        <source>Card stored in {}; %n impression(s) cut.</source>
        <translation>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت %n بصمات.</numerusform>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت بصمة واحدة.</numerusform>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت بصمتان.</numerusform>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت %n بصمات.</numerusform>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت %n بصمة.</numerusform>
            <numerusform>حُفظت البطاقة في {}؛ قُصّت %n بصمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="419"/>
        <source>Ten-print card added to {}: %n impression(s) cut</source>
        <translation>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت %n بصمات</numerusform>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت بصمة واحدة</numerusform>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت بصمتان</numerusform>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت %n بصمات</numerusform>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت %n بصمة</numerusform>
            <numerusform>أُضيفت بطاقة البصمات العشر إلى {}: قُصّت %n بصمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="415"/>
        <source>Empty boxes: {}.</source>
        <translation>خانات فارغة: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="203"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="327"/>
        <source>No fingerprint scanner found. Plug one in, or import a ten-print card or a scan from a file.</source>
        <translation>لم يُعثر على ماسح بصمات. صِلْ واحداً، أو استورد بطاقة البصمات العشر أو مسحاً من ملف.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="207"/>
        <source>No scanner found</source>
        <translation>لم يُعثر على ماسح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="351"/>
        <source>{}: kept, but its resolution is unknown (the file does not give a print&apos;s resolution), so it is not scored or searched. Set resolution… states it.</source>
        <translation>{}: حُفظت، لكن دقتها غير معروفة (الملف لا يذكرها)، لذا لا تُقيَّم ولا يُبحث عنها. «تحديد الدقة…» يحددها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="436"/>
        <source>Fingerprint image</source>
        <translation>صورة بصمة</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="211"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="214"/>
        <source>Open bundle…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="217"/>
        <source>Open or drop a bundle here.</source>
        <translation>افتح حزمة أو أفلتها هنا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="251"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="251"/>
        <source>Reason / how</source>
        <translation>السبب / الكيفية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="256"/>
        <source>Ingest</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="259"/>
        <source>Save HTML report…</source>
        <translation>حفظ تقرير HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="290"/>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="286"/>
        <source>Items and photos</source>
        <translation>الأحراز والصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="209"/>
        <source>HQ folder (made when HQ was set up)</source>
        <translation>مجلد القيادة (أُنشئ عند إعداد القيادة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="265"/>
        <source>Open a bundle first: only a verified bundle can be ingested.</source>
        <translation>افتح حزمة أولاً: لا تُدخَل إلا حزمة مُتحقَّق منها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="288"/>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="289"/>
        <source>Custody timeline</source>
        <translation>التسلسل الزمني للحيازة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="291"/>
        <source>Amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="296"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="562"/>
        <source>Identification</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="328"/>
        <source>HQ folder</source>
        <translation>مجلد القيادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="333"/>
        <source>Open bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="333"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>الحزم (*.fkb);;الكل (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="349"/>
        <source>Wait for the verification: only a verified bundle can be ingested.</source>
        <translation>انتظر انتهاء التحقق: لا تُدخَل إلا حزمة مُتحقَّق منها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="368"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>اختر مجلد القيادة أولاً: فيه المفتاح الذي يفتح الحزم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="374"/>
        <source>Verifying {}…</source>
        <translation>جارٍ التحقق من {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="387"/>
        <source>Making previews of the verified photos in the sandbox: {} so far…</source>
        <translation>جارٍ إنشاء معاينات الصور المُتحقَّق منها في البيئة المعزولة: {} حتى الآن…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="390"/>
        <source>Checking: opening the bundle, its signature and the hash of every file…</source>
        <translation>جارٍ الفحص: فتح الحزمة، والتحقق من توقيعها ومن بصمة كل ملف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="438"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="469"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n التقاطات</numerusform>
            <numerusform>التقاط واحد</numerusform>
            <numerusform>التقاطان</numerusform>
            <numerusform>%n التقاطات</numerusform>
            <numerusform>%n التقاطاً</numerusform>
            <numerusform>%n التقاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="470"/>
        <source>: {}. Their originals are in the bundle.</source>
        <translation>: {}. أصولها موجودة في الحزمة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="473"/>
        <source>VALID: authentic, complete and unaltered — but {} (Analysis tab)</source>
        <translation>صالح: أصلي وكامل ولم يُعدّل — لكن {} (تبويب التحليل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="490"/>
        <source>Already ingested on {}</source>
        <translation>أُدخلت سابقاً في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="492"/>
        <source>HQ already archived this bundle on {}: ingesting it again would change nothing.</source>
        <translation>أرشفت القيادة هذه الحزمة سابقاً في {}: إدخالها مجدداً لن يغيّر شيئاً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="495"/>
        <source>Archive this verified bundle in the HQ folder</source>
        <translation>أرشفة هذه الحزمة المُتحقَّق منها في مجلد القيادة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="507"/>
        <source>HQ holds %n alarm(s) on this device:</source>
        <translation>
            <numerusform>لدى القيادة %n إنذارات على هذا الجهاز:</numerusform>
            <numerusform>لدى القيادة %n إنذار على هذا الجهاز:</numerusform>
            <numerusform>لدى القيادة %n إنذاران على هذا الجهاز:</numerusform>
            <numerusform>لدى القيادة %n إنذارات على هذا الجهاز:</numerusform>
            <numerusform>لدى القيادة %n إنذارًا على هذا الجهاز:</numerusform>
            <numerusform>لدى القيادة %n إنذار على هذا الجهاز:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="510"/>
        <source>• {} at bundle {} ({}): {}</source>
        <translation>• {} عند الحزمة {} ({}): {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="514"/>
        <source>HQ already holds this very bundle (a replay): ingesting it again changes nothing.</source>
        <translation>لدى القيادة هذه الحزمة نفسها (إعادة إرسال): إدخالها مجددًا لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="517"/>
        <source>HQ already holds a different bundle {} of this device: ingesting this one raises a fork alarm and moves both to quarantine.</source>
        <translation>لدى القيادة حزمة {} أخرى من هذا الجهاز: إدخال هذه يطلق إنذار تفرّع وينقل الاثنتين إلى الحجر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="519"/>
        <source>Ingest records the fork: both bundles numbered {} go to quarantine and the device gets a fork alarm</source>
        <translation>الإدخال يسجّل التفرّع: تذهب الحزمتان ذواتا الرقم {} إلى الحجر ويُطلق على الجهاز إنذار تفرّع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="522"/>
        <source>It does not follow on from bundle {} of this device that HQ holds: ingesting it raises a chain-broken alarm and keeps it in quarantine.</source>
        <translation>لا تتبع الحزمة {} من هذا الجهاز التي لدى القيادة: إدخالها يطلق إنذار سلسلة منقطعة ويبقيها في الحجر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="526"/>
        <source>Its custody log does not continue the one HQ holds for this device: ingesting it archives it and raises a custody-chain-broken alarm.</source>
        <translation>سجل حيازتها لا يكمل السجل الذي لدى القيادة لهذا الجهاز: إدخالها يؤرشفها ويطلق إنذار انقطاع سلسلة الحيازة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="529"/>
        <source>It is numbered {}, far beyond bundle {}, the last HQ archived of this device: ingest keeps it in quarantine for review.</source>
        <translation>رقمها {}، أبعد بكثير من الحزمة {}، آخر ما أرشفته القيادة من هذا الجهاز: الإدخال يبقيها في الحجر للمراجعة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="535"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="662"/>
        <source>What it means: {}</source>
        <translation>ما يعنيه: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="536"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="663"/>
        <source>What to do: {}</source>
        <translation>ما العمل: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="543"/>
        <source>VALID signature, but device {} has %n alarm(s): it may be compromised</source>
        <translation>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذارات: قد يكون مخترقًا</numerusform>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذار: قد يكون مخترقًا</numerusform>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذاران: قد يكون مخترقًا</numerusform>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذارات: قد يكون مخترقًا</numerusform>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذارًا: قد يكون مخترقًا</numerusform>
            <numerusform>توقيع صالح، لكن على الجهاز {} %n إنذار: قد يكون مخترقًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="545"/>
        <source>VALID signature, but ingesting it raises a {} alarm on device {}</source>
        <translation>توقيع صالح، لكن إدخالها يطلق إنذار {} على الجهاز {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="549"/>
        <source>VALID: authentic, complete and unaltered, but HQ already holds it (a replay)</source>
        <translation>صالحة: أصلية وكاملة وغير معدّلة، لكنها لدى القيادة أصلًا (إعادة إرسال)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="551"/>
        <source>VALID signature, but ingest will hold it for review (numbered far ahead)</source>
        <translation>توقيع صالح، لكن الإدخال سيبقيها للمراجعة (رقمها بعيد جدًا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="561"/>
        <source>Identification (%n open)</source>
        <translation>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
            <numerusform>التعرّف (%n مفتوح)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="586"/>
        <source>Recorded: candidate {} {} by {} (nothing is merged)</source>
        <translation>سُجِّل: المرشح {} {} بواسطة {} (لا يُدمج شيء)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="601"/>
        <source>  (custody {})</source>
        <translation>  (سلسلة الحيازة {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="604"/>
        <source>waiting: HQ has not received the original yet</source>
        <translation>في الانتظار: لم تتلقَّ القيادة الأصل بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="611"/>
        <source>Amendments (%n)</source>
        <translation>
            <numerusform>التعديلات (%n)</numerusform>
            <numerusform>التعديلات (%n)</numerusform>
            <numerusform>التعديلات (%n)</numerusform>
            <numerusform>التعديلات (%n)</numerusform>
            <numerusform>التعديلات (%n)</numerusform>
            <numerusform>التعديلات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="618"/>
        <source>%n capture(s) failed analysis</source>
        <translation>
            <numerusform>%n التقاطات فشل تحليلها</numerusform>
            <numerusform>التقاط واحد فشل تحليله</numerusform>
            <numerusform>التقاطان فشل تحليلهما</numerusform>
            <numerusform>%n التقاطات فشل تحليلها</numerusform>
            <numerusform>%n التقاطاً فشل تحليلها</numerusform>
            <numerusform>%n التقاط فشل تحليلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="619"/>
        <source>%n capture(s) damaged</source>
        <translation>
            <numerusform>%n التقاطات تالفة</numerusform>
            <numerusform>التقاط واحد تالف</numerusform>
            <numerusform>التقاطان تالفان</numerusform>
            <numerusform>%n التقاطات تالفة</numerusform>
            <numerusform>%n التقاطاً تالفاً</numerusform>
            <numerusform>%n التقاط تالف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="620"/>
        <source>%n capture(s) flagged</source>
        <translation>
            <numerusform>%n التقاطات مُعلَّمة</numerusform>
            <numerusform>التقاط واحد مُعلَّم</numerusform>
            <numerusform>التقاطان مُعلَّمان</numerusform>
            <numerusform>%n التقاطات مُعلَّمة</numerusform>
            <numerusform>%n التقاطاً مُعلَّماً</numerusform>
            <numerusform>%n التقاط مُعلَّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="621"/>
        <source>%n product(s) left out</source>
        <translation>
            <numerusform>%n نواتج مُستبعدة</numerusform>
            <numerusform>ناتج واحد مُستبعد</numerusform>
            <numerusform>ناتجان مُستبعدان</numerusform>
            <numerusform>%n نواتج مُستبعدة</numerusform>
            <numerusform>%n ناتجاً مُستبعداً</numerusform>
            <numerusform>%n ناتج مُستبعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="630"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="673"/>
        <source>REJECTED: {}</source>
        <translation>مرفوض: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="633"/>
        <source>This bundle failed verification and cannot be ingested: {}</source>
        <translation>فشل التحقق من هذه الحزمة ولا يمكن إدخالها: {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="642"/>
        <source>Ingesting…</source>
        <translation>جارٍ الإدخال…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="647"/>
        <source>; missing from this device: {}</source>
        <translation>؛ الناقص من هذا الجهاز: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="649"/>
        <source>%n amendment(s) waiting for their original</source>
        <translation>
            <numerusform>%n تعديلات في انتظار أصلها</numerusform>
            <numerusform>تعديل واحد في انتظار أصله</numerusform>
            <numerusform>تعديلان في انتظار أصلهما</numerusform>
            <numerusform>%n تعديلات في انتظار أصلها</numerusform>
            <numerusform>%n تعديلاً في انتظار أصله</numerusform>
            <numerusform>%n تعديل في انتظار أصله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="651"/>
        <source>%n waiting amendment(s) applied</source>
        <translation>
            <numerusform>%n تعديلات منتظرة طُبّقت</numerusform>
            <numerusform>طُبّق تعديل منتظر واحد</numerusform>
            <numerusform>طُبّق تعديلان منتظران</numerusform>
            <numerusform>%n تعديلات منتظرة طُبّقت</numerusform>
            <numerusform>%n تعديلاً منتظراً طُبّق</numerusform>
            <numerusform>%n تعديل منتظر طُبّق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="657"/>
        <source>{}: {}{}</source>
        <translation>{}: {}{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="665"/>
        <source>ARCHIVED, but HQ raised an alarm on device {}: it may be compromised</source>
        <translation>أُرشفت، لكن القيادة أطلقت إنذارًا على الجهاز {}: قد يكون مخترقًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="667"/>
        <source>Ingested {}</source>
        <translation>أُدخلت {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="669"/>
        <source>This bundle is in the archive now.</source>
        <translation>هذه الحزمة في الأرشيف الآن.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="676"/>
        <source>Ingest refused this bundle and kept it in quarantine.</source>
        <translation>رفض الإدخال هذه الحزمة وأبقاها في الحجر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="685"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
</context>
<context>
    <name>WatchAlerts</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="191"/>
        <source>Searching the captures held against the watchlist…</source>
        <translation>جارٍ البحث عن الالتقاطات المحفوظة في قائمة المراقبة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/watchlist.py" line="211"/>
        <source>No template could be made of %n capture(s) (they are kept): {}</source>
        <translation>
            <numerusform>تعذّر إنشاء قالب من %n التقاطات (وهي محفوظة): {}</numerusform>
            <numerusform>تعذّر إنشاء قالب من التقاط واحد (وهو محفوظ): {}</numerusform>
            <numerusform>تعذّر إنشاء قالب من التقاطين (وهما محفوظان): {}</numerusform>
            <numerusform>تعذّر إنشاء قالب من %n التقاطات (وهي محفوظة): {}</numerusform>
            <numerusform>تعذّر إنشاء قالب من %n التقاطاً (وهي محفوظة): {}</numerusform>
            <numerusform>تعذّر إنشاء قالب من %n التقاط (وهي محفوظة): {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="214"/>
        <source>The captures held were searched against the watchlist.</source>
        <translation>بُحث عن الالتقاطات المحفوظة في قائمة المراقبة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="217"/>
        <source>Watchlist search failed (the capture is kept): {}</source>
        <translation>فشل البحث في قائمة المراقبة (الالتقاط محفوظ): {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="221"/>
        <source>Not searched against the watchlist: it expired on {}.</source>
        <translation>لم يُبحث في قائمة المراقبة: انتهت صلاحيتها في {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="228"/>
        <source>Not searched against a watchlist: none is imported.</source>
        <translation>لم يُبحث في قائمة مراقبة: لم تُستورد أي قائمة.</translation>
    </message>
</context>
<context>
    <name>WatchlistBanner</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="274"/>
        <source>Detain the subject if it is safe to do so, and report to HQ at once.</source>
        <translation>احتجز الشخص إن كان ذلك آمناً، وأبلغ القيادة فوراً.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="277"/>
        <source>Do not alert the subject: finish the capture as usual and report to HQ discreetly.</source>
        <translation>لا تنبّه الشخص: أكمل الالتقاط كالمعتاد وأبلغ القيادة بتكتّم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="280"/>
        <source>Collect everything you can from the subject and report to HQ.</source>
        <translation>اجمع كل ما تستطيع من الشخص وأبلغ القيادة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="288"/>
        <source>WATCHLIST HIT</source>
        <translation>تطابق في قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="297"/>
        <source>face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="301"/>
        <source>several fingers (the subject&apos;s prints together)</source>
        <translation>عدة أصابع (بصمات الشخص معاً)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="309"/>
        <source>face distance {} — threshold {}, lower is closer</source>
        <translation>مسافة الوجه {} — العتبة {}، الأقل أقرب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="311"/>
        <source>score {} — threshold {}, higher is closer</source>
        <translation>النتيجة {} — العتبة {}، الأعلى أقرب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="319"/>
        <source>Capture: {} (case {}) · {}</source>
        <translation>الالتقاط: {} (القضية {}) · {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="321"/>
        <source>Capture: {} (case {}) · {} · score {}</source>
        <translation>الالتقاط: {} (القضية {}) · {} · الدرجة {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="403"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="403"/>
        <source>Look at the capture beside the watchlist entry</source>
        <translation>عرض الالتقاط بجانب إدخال قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="404"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="404"/>
        <source>It is the same person: record the hit as confirmed</source>
        <translation>إنه الشخص نفسه: سجّل التطابق مؤكَّداً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="405"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="405"/>
        <source>It is not the same person: say why</source>
        <translation>ليس الشخص نفسه: اذكر السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="423"/>
        <source>{} hits: {}</source>
        <translation>{} تطابقات: {}</translation>
    </message>
</context>
<context>
    <name>WatchlistStatus</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="249"/>
        <source>No watchlist: hits cannot be flagged</source>
        <translation>لا توجد قائمة مراقبة: لا يمكن الإشارة إلى أي تطابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="250"/>
        <source>Watchlist v{} expired on {}: hits cannot be flagged</source>
        <translation>انتهت صلاحية قائمة المراقبة الإصدار {} في {}: لا يمكن الإشارة إلى أي تطابق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="253"/>
        <source>Watchlist v{} — 1 entry — expires {}</source>
        <translation>قائمة المراقبة الإصدار {} — إدخال واحد — تنتهي في {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="255"/>
        <source>Watchlist v{} — {} entries — expires {}</source>
        <translation>قائمة المراقبة الإصدار {} — {} إدخالات — تنتهي في {}</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/capture_actions.py" line="62"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n التقاطات</numerusform>
            <numerusform>التقاط واحد</numerusform>
            <numerusform>التقاطان</numerusform>
            <numerusform>%n التقاطات</numerusform>
            <numerusform>%n التقاطاً</numerusform>
            <numerusform>%n التقاط</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="94"/>
        <source>Reason (kept in the custody log)</source>
        <translation>السبب (يُحفظ في سجل الحيازة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="119"/>
        <source>Say why: the custody log keeps the reason.</source>
        <translation>اذكر السبب: يحفظه سجل الحيازة.</translation>
    </message>
</context>
</TS>
