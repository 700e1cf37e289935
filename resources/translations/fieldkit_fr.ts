<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="67"/>
        <source>ANALYSIS FAILED</source>
        <translation>ANALYSE ÉCHOUÉE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="69"/>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="71"/>
        <source>FLAGGED for review</source>
        <translation>SIGNALÉE pour vérification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>UNKNOWN TYPE, kept and flagged</source>
        <translation>TYPE INCONNU, conservée et signalée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>its first bytes name no type fieldkit knows</source>
        <translation>ses premiers octets n&apos;indiquent aucun type connu de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="75"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="77"/>
        <source>not analysed on the device</source>
        <translation>non analysée sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="78"/>
        <source>analysed</source>
        <translation>analysée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="42"/>
        <source>Get another copy from the device or the drive it came on; keep this one until then.</source>
        <translation>Obtenez une autre copie depuis l&apos;appareil ou le support qui l&apos;a apporté ; gardez celle-ci d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="45"/>
        <source>Check the device with its operator; if it may be compromised, revoke it (&apos;fieldkit hq revoke&apos;).</source>
        <translation>Vérifiez l&apos;appareil avec son opérateur ; s&apos;il peut être compromis, révoquez-le (&apos;fieldkit hq revoke&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="48"/>
        <source>Keep it as evidence and find out who delivered it; the device can send its own copy again.</source>
        <translation>Gardez-le comme preuve et cherchez qui l&apos;a remis ; l&apos;appareil peut renvoyer sa propre copie.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="54"/>
        <source>Compare the bundles the alarm names (both are kept) and check the device; if it may be compromised, revoke it (&apos;fieldkit hq revoke&apos;).</source>
        <translation>Comparez les lots que l&apos;alarme nomme (tous deux sont gardés) et vérifiez l&apos;appareil ; s&apos;il peut être compromis, révoquez-le (&apos;fieldkit hq revoke&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="55"/>
        <source>Its sealed contents were cut short, damaged or added to on the way.</source>
        <translation>Son contenu scellé a été tronqué, abîmé ou complété en route.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="60"/>
        <source>It holds an archive entry fieldkit never writes: it was made or altered by another program.</source>
        <translation>Il contient une entrée d&apos;archive que fieldkit n&apos;écrit jamais : il a été fait ou modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="64"/>
        <source>Its signature does not hold: it was changed after signing, or someone else made it.</source>
        <translation>Sa signature ne tient pas : il a été modifié après la signature, ou quelqu&apos;un d&apos;autre l&apos;a fait.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="68"/>
        <source>It is signed by an enrolled device, but its contents do not match what the device signed.</source>
        <translation>Il est signé par un appareil enregistré, mais son contenu ne correspond pas à ce que l&apos;appareil a signé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="72"/>
        <source>It is signed by an enrolled device, but its signed description breaks fieldkit&apos;s format.</source>
        <translation>Il est signé par un appareil enregistré, mais sa description signée enfreint le format de fieldkit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="76"/>
        <source>It is not a bundle as fieldkit writes it: made or altered by another program.</source>
        <translation>Ce n&apos;est pas un lot tel que fieldkit l&apos;écrit : fait ou modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="83"/>
        <source>It is not an encrypted fieldkit bundle: a wrong file, or one damaged on the way.</source>
        <translation>Ce n&apos;est pas un lot fieldkit chiffré : un mauvais fichier, ou un fichier abîmé en route.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="84"/>
        <source>Check that it is the .fkb file the device wrote, then get another copy.</source>
        <translation>Vérifiez que c&apos;est le fichier .fkb écrit par l&apos;appareil, puis obtenez une autre copie.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="87"/>
        <source>It was not sealed for this HQ&apos;s key, or its sealed envelope was altered.</source>
        <translation>Il n&apos;a pas été scellé pour la clé de ce QG, ou son enveloppe scellée a été modifiée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="91"/>
        <source>Check that the device was provisioned for this HQ (&apos;fieldkit hq recipient&apos;); if it was, get another copy.</source>
        <translation>Vérifiez que l&apos;appareil a été configuré pour ce QG (&apos;fieldkit hq recipient&apos;) ; si c&apos;est le cas, obtenez une autre copie.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="93"/>
        <source>Its sealed envelope is empty, cut short or damaged.</source>
        <translation>Son enveloppe scellée est vide, tronquée ou abîmée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="95"/>
        <source>Its sealed envelope&apos;s header was altered after it was sealed.</source>
        <translation>L&apos;en-tête de son enveloppe scellée a été modifié après le scellement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="98"/>
        <source>Get another copy from the device; if that one fails the same way, keep both and report it.</source>
        <translation>Obtenez une autre copie depuis l&apos;appareil ; si elle échoue de la même façon, gardez les deux et signalez-le.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="123"/>
        <source>It is signed by a device this HQ has not enrolled.</source>
        <translation>Il est signé par un appareil que ce QG n&apos;a pas enrôlé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="128"/>
        <source>If the device is new, enrol it (&apos;fieldkit hq enroll&apos;) and check the bundle again; if not, treat it as a forgery.</source>
        <translation>Si l&apos;appareil est nouveau, enregistrez-le (&apos;fieldkit hq enroll&apos;) et vérifiez à nouveau le lot ; sinon, traitez-le comme un faux.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="131"/>
        <source>It is signed by a device whose key HQ has withdrawn.</source>
        <translation>Il est signé par un appareil dont le QG a révoqué la clé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="132"/>
        <source>Do not use it: whoever still holds that key is suspect. Report it and keep the file.</source>
        <translation>Ne l&apos;utilisez pas : quiconque détient encore cette clé est suspect. Signalez-le et gardez le fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="166"/>
        <source>Its custody log does not match what the device signed: entries were edited or cut on the device.</source>
        <translation>Son journal de garde ne correspond pas à ce que l&apos;appareil a signé : des entrées ont été modifiées ou coupées sur l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="172"/>
        <source>A sample&apos;s custody steps differ from the custody log the device signed: one of them was altered.</source>
        <translation>Les étapes de garde d&apos;un échantillon diffèrent du journal de garde signé par l&apos;appareil : l&apos;une d&apos;elles a été modifiée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="176"/>
        <source>A shipment&apos;s manifest document is missing or is not the one its record names.</source>
        <translation>Le bordereau d&apos;une expédition manque ou n&apos;est pas celui que nomme son enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="182"/>
        <source>Its bundle number is beyond 1000000000: the device&apos;s key may be misused to burn numbers.</source>
        <translation>Son numéro de lot dépasse 1000000000 : la clé de l&apos;appareil est peut-être détournée pour épuiser les numéros.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="187"/>
        <source>Update fieldkit at HQ, then check the bundle again.</source>
        <translation>Mettez à jour fieldkit au QG, puis vérifiez à nouveau le lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="192"/>
        <source>The file cannot be read or checked: the drive may be failing, or fieldkit met something unforeseen.</source>
        <translation>Le fichier ne peut être lu ni vérifié : le support est peut-être défaillant, ou fieldkit a rencontré un cas imprévu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="193"/>
        <source>Get another copy; if it fails the same way, report it with the file&apos;s SHA-256.</source>
        <translation>Obtenez une autre copie ; si elle échoue de la même façon, signalez-le avec le SHA-256 du fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="199"/>
        <source>It is numbered far beyond the last bundle HQ holds from this device (judged when it arrived).</source>
        <translation>Son numéro dépasse de loin le dernier lot que le QG détient de cet appareil (jugé à son arrivée).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="204"/>
        <source>Check the number with the operator: if genuine, &apos;fieldkit hq ingest --accept-jump&apos;; if not, revoke the device.</source>
        <translation>Vérifiez le numéro avec l&apos;opérateur : s&apos;il est authentique, &apos;fieldkit hq ingest --accept-jump&apos; ; sinon, révoquez l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="211"/>
        <source>The device sent two different bundles under the same number: one is not genuine, or the device was copied.</source>
        <translation>L&apos;appareil a envoyé deux lots différents sous le même numéro : l&apos;un n&apos;est pas authentique, ou l&apos;appareil a été copié.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="223"/>
        <source>Its custody log does not continue the one HQ holds from this device: it was rewritten on the device.</source>
        <translation>Son journal de garde ne prolonge pas celui que le QG détient de cet appareil : il a été réécrit sur l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="186"/>
        <source>It was written by a newer fieldkit, in a bundle format this HQ does not know yet.</source>
        <translation>Il a été écrit par un fieldkit plus récent, dans un format de lot que ce QG ne connaît pas encore.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="217"/>
        <source>It does not follow on from the device&apos;s previous bundle: one was replaced or is missing.</source>
        <translation>Il ne fait pas suite au lot précédent de l&apos;appareil : un lot a été remplacé ou manque.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="229"/>
        <source>It is not a bundle file: a folder with no .fkb file in it, or a path that does not exist.</source>
        <translation>Ce n&apos;est pas un fichier de lot : un dossier sans fichier .fkb, ou un chemin qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/advice.py" line="230"/>
        <source>Give the path of a bundle (.fkb) or of a folder holding bundles.</source>
        <translation>Indiquez le chemin d&apos;un lot (.fkb) ou d&apos;un dossier contenant des lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Last bundle</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="185"/>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="176"/>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="177"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="191"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="186"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="199"/>
        <source>What HQ found</source>
        <translation>Ce que le QG a constaté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="187"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="187"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="190"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="193"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="200"/>
        <source>Held file</source>
        <translation>Fichier gardé</translation>
    </message>
</context>
<context>
    <name>AcquisitionsView</name>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="61"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="61"/>
        <source>Reason / link</source>
        <translation>Motif / lien</translation>
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
        <translation>Sélectionnez une pièce pour voir d&apos;où viennent ses fichiers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/acquisitions.py" line="104"/>
        <source>%n acquisition(s) into {} / {}: every path each one met, stored or not.</source>
        <translation>
            <numerusform>%n acquisition dans {} / {} : chaque chemin rencontré, enregistré ou non.</numerusform>
            <numerusform>%n acquisitions dans {} / {} : chaque chemin rencontré, enregistré ou non.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/acquisitions.py" line="142"/>
        <source>Acquisition #{} ({}), root {}: %n path(s).</source>
        <translation>
            <numerusform>Acquisition n° {} ({}), racine {} : %n chemin.</numerusform>
            <numerusform>Acquisition n° {} ({}), racine {} : %n chemins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddSampleDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="331"/>
        <source>Add a sample to {}</source>
        <translation>Ajouter un prélèvement à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="333"/>
        <source>A sample taken from {} / {}</source>
        <translation>Prélèvement effectué sur {} / {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="340"/>
        <source>the id printed on the sample&apos;s tag, e.g. DNA-000123</source>
        <translation>l&apos;identifiant imprimé sur l&apos;étiquette, p. ex. DNA-000123</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="350"/>
        <source>Read the tag on this photo</source>
        <translation>Lire l&apos;étiquette sur cette photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="353"/>
        <source>Photo file…</source>
        <translation>Fichier photo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="356"/>
        <source>A photo of the tag from a file: it is stored with the sample, as a capture of this item, when the sample is saved</source>
        <translation>Une photo de l&apos;étiquette depuis un fichier : elle est conservée avec le prélèvement, comme capture de cet objet, à l&apos;enregistrement du prélèvement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="359"/>
        <source>(no photo of this item yet)</source>
        <translation>(pas encore de photo de cet objet)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="368"/>
        <source>where on the item, e.g. pistol grip, left side</source>
        <translation>où sur l&apos;objet, p. ex. poignée du pistolet, côté gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="370"/>
        <source>seal number, if sealed now</source>
        <translation>numéro de scellé, s&apos;il est scellé maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="371"/>
        <source>e.g. paper envelope, swab tube</source>
        <translation>p. ex. enveloppe papier, tube à écouvillon</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="372"/>
        <source>e.g. dry, room temperature; cooled 4 °C</source>
        <translation>p. ex. sec, température ambiante ; réfrigéré 4 °C</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="385"/>
        <source>Sample id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="386"/>
        <source>Read from</source>
        <translation>Lire depuis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="388"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="389"/>
        <source>Where on the item</source>
        <translation>Où sur l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="390"/>
        <source>Seal number</source>
        <translation>Numéro de scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="391"/>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="392"/>
        <source>Storage</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="393"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="394"/>
        <source>Collected by</source>
        <translation>Prélevé par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="396"/>
        <source>Save sample</source>
        <translation>Enregistrer le prélèvement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="436"/>
        <source>Photo of the sample&apos;s tag</source>
        <translation>Photo de l&apos;étiquette du prélèvement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="448"/>
        <source>Reading the tag on {}…</source>
        <translation>Lecture de l&apos;étiquette sur {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="449"/>
        <source>Reading the tag…</source>
        <translation>Lecture de l&apos;étiquette…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="462"/>
        <source>Read: {} ({}). Check it against the tag and correct it if it differs.</source>
        <translation>Lu : {} ({}). Comparez avec l&apos;étiquette et corrigez s&apos;il diffère.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="476"/>
        <source>Not read: {} Type the id printed on the tag.</source>
        <translation>Non lu : {} Tapez l&apos;identifiant imprimé sur l&apos;étiquette.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="486"/>
        <source>Type the sample&apos;s id, or read it from a photo of its tag.</source>
        <translation>Tapez l&apos;identifiant du prélèvement, ou lisez-le sur une photo de son étiquette.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="490"/>
        <source>Choose the sample&apos;s type (Alt+1 to Alt+7).</source>
        <translation>Choisissez le type de prélèvement (Alt+1 à Alt+7).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="518"/>
        <source>The photo of the tag is stored all the same, as a capture of this item: it is not lost, and it is linked to the sample when the sample is saved.</source>
        <translation>La photo de l&apos;étiquette est tout de même conservée, comme capture de cet objet : elle n&apos;est pas perdue, et elle est liée au prélèvement quand celui-ci est enregistré.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="107"/>
        <source>folder for new bundles</source>
        <translation>dossier des nouveaux lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="110"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="114"/>
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>moins de 4 Gio (clés FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="118"/>
        <source>Create bundle</source>
        <translation>Créer un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="121"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="135"/>
        <source>Copy to removable drive…</source>
        <translation>Copier sur un support amovible…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="184"/>
        <source>%n capture(s) not yet bundled</source>
        <translation>
            <numerusform>%n saisie pas encore en lot</numerusform>
            <numerusform>%n saisies pas encore en lot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="186"/>
        <source>%n change(s) to send to HQ</source>
        <translation>
            <numerusform>%n modification à envoyer au QG</numerusform>
            <numerusform>%n modifications à envoyer au QG</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="203"/>
        <source>No folder chosen for the bundles: press Choose…</source>
        <translation>Aucun dossier choisi pour les lots : appuyez sur Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="206"/>
        <source>the USB drive found</source>
        <translation>la clé USB trouvée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="207"/>
        <source>a new folder next to the store</source>
        <translation>un nouveau dossier à côté du coffre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="208"/>
        <source>the folder used last</source>
        <translation>le dernier dossier utilisé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="210"/>
        <source>Bundles go to: {}</source>
        <translation>Les lots vont dans : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="229"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="232"/>
        <source>Go to item</source>
        <translation>Aller à la pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="272"/>
        <source>{}: no time recovered</source>
        <translation>{} : pas d&apos;heure de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="274"/>
        <source>{}: no site</source>
        <translation>{} : aucun site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="276"/>
        <source>{}: {} is also in {} (the same file)</source>
        <translation>{} : {} se trouve aussi dans {} (le même fichier)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="285"/>
        <source>Worth a look before these captures travel ({}). Fix them on the item, or create the bundle anyway:</source>
        <translation>À vérifier avant que ces saisies ne partent ({}). Corrigez-les sur la pièce, ou créez quand même le lot :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="306"/>
        <source>No folder is chosen for the bundles: press Choose… and pick the USB drive or a folder, then Create bundle again.</source>
        <translation>Aucun dossier n&apos;est choisi pour les lots : appuyez sur Choisir… et sélectionnez la clé USB ou un dossier, puis de nouveau sur Créer un lot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="329"/>
        <source>Created %n bundle(s).</source>
        <translation>
            <numerusform>%n lot créé.</numerusform>
            <numerusform>%n lots créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="350"/>
        <source>Created %n bundle(s)</source>
        <translation>
            <numerusform>%n lot créé</numerusform>
            <numerusform>%n lots créés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="191"/>
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>Aucun destinataire QG : impossible de créer des lots avant d&apos;importer le fichier de provisionnement du QG (Réglages).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="214"/>
        <source>Folder for bundles</source>
        <translation>Dossier des lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="315"/>
        <source>Creating bundles…</source>
        <translation>Création des lots…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="332"/>
        <source>Nothing to bundle.</source>
        <translation>Rien à mettre en lot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/bundles.py" line="335"/>
        <source>With it: %n change(s) to what HQ already holds.</source>
        <translation>
            <numerusform>Avec lui : %n modification de ce que le QG détient déjà.</numerusform>
            <numerusform>Avec lui : %n modifications de ce que le QG détient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="340"/>
        <source>{} ({} MB) waits: it needs a bundle of {} MB; choose a larger size to send it.</source>
        <translation>{} ({} Mo) attend : il lui faut un lot de {} Mo ; choisissez une taille plus grande pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="345"/>
        <source>… and {} more</source>
        <translation>… et {} de plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="346"/>
        <source>Every capture is in it, but these products are left out:</source>
        <translation>Toutes les saisies y sont, mais ces produits dérivés sont laissés de côté :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="385"/>
        <source>Choose the removable drive</source>
        <translation>Choisissez le support amovible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="392"/>
        <source>Copying bundle {} to {} and reading it back…</source>
        <translation>Copie du lot {} sur {} et relecture…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="402"/>
        <source>Copied and verified: {}</source>
        <translation>Copié et vérifié : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="403"/>
        <source>Bundle {} copied to the drive and verified</source>
        <translation>Lot {} copié sur le support et vérifié</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="50"/>
        <source>Take photo (Space)</source>
        <translation>Prendre la photo (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="54"/>
        <source>Read evidence tag (T)</source>
        <translation>Lire le scellé (T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="57"/>
        <source>Hold the tag&apos;s barcode or QR code to the camera; nothing is stored</source>
        <translation>Présentez le code-barres ou QR du scellé à la caméra ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="76"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="78"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="93"/>
        <source>Take photo into {} (Space)</source>
        <translation>Prendre la photo dans {} (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="94"/>
        <source>Take photo (choose an item first)</source>
        <translation>Prendre la photo (choisissez d&apos;abord une pièce)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="121"/>
        <source>No camera found. Connect one, or import photos from the camera&apos;s card.</source>
        <translation>Aucun appareil photo trouvé. Branchez-en un, ou importez les photos depuis sa carte.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="150"/>
        <source>The camera could not take it.</source>
        <translation>L&apos;appareil n&apos;a pas pu la prendre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="217"/>
        <source>Photo added to {}</source>
        <translation>Photo ajoutée à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="191"/>
        <source>Evidence tag read: {}</source>
        <translation>Scellé lu : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="195"/>
        <source>No barcode or QR code in view: hold the tag closer, flat and lit, and press T again.</source>
        <translation>Aucun code-barres ou QR visible : rapprochez le scellé, à plat et éclairé, puis appuyez de nouveau sur T.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="161"/>
        <location filename="../../fieldkit/gui/pages/camera.py" line="205"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="152"/>
        <source>Live view; photos go into the item named above.</source>
        <translation>Vue en direct ; les photos vont dans la pièce indiquée ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="212"/>
        <source>Storing a photo in {}…</source>
        <translation>Enregistrement d&apos;une photo dans {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="216"/>
        <source>Stored photo #{} in {}</source>
        <translation>Photo n° {} enregistrée dans {}</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="383"/>
        <source>{} moved to {}</source>
        <translation>Déplacement de {} vers {} effectué</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="404"/>
        <source>{} deleted from {}</source>
        <translation>Suppression de {} dans {} effectuée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="425"/>
        <source>Flagged {} in {}</source>
        <translation>{} signalé dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="446"/>
        <source>Flag cleared on {} in {}</source>
        <translation>Signalement levé pour {} dans {}</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="186"/>
        <location filename="../../fieldkit/gui/viewer.py" line="375"/>
        <location filename="../../fieldkit/gui/viewer.py" line="978"/>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="202"/>
        <source>All facts</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="206"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="206"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="281"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="281"/>
        <source>Left arrow; Home: the first</source>
        <translation>Flèche gauche ; Début : la première</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="282"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="282"/>
        <source>Right arrow; End: the last</source>
        <translation>Flèche droite ; Fin : la dernière</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="291"/>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="291"/>
        <source>Take this capture again for the same item</source>
        <translation>Refaire cette saisie pour la même pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="293"/>
        <source>Flag for review…</source>
        <translation>Signaler pour vérification…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="294"/>
        <source>Mark it to check or take again (Ctrl+Shift+F)</source>
        <translation>Le marquer pour vérification ou reprise (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="297"/>
        <source>Set resolution…</source>
        <translation>Définir la résolution…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="299"/>
        <source>State this print&apos;s resolution (and finger): it is then scored and searched against the watchlist</source>
        <translation>Indiquer la résolution (et le doigt) de cette empreinte : elle est ensuite notée et recherchée dans la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="302"/>
        <source>Move to item…</source>
        <translation>Déplacer vers une pièce…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="304"/>
        <source>Delete with reason…</source>
        <translation>Supprimer avec motif…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="403"/>
        <source>{} of {} — {} — {} / {}</source>
        <translation>{} sur {} — {} — {} / {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/viewer.py" line="452"/>
        <source>Resolution set; the print was scored and searched: %n hit(s).</source>
        <translation>
            <numerusform>Résolution enregistrée ; empreinte notée et recherchée : %n alerte.</numerusform>
            <numerusform>Résolution enregistrée ; empreinte notée et recherchée : %n alertes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="461"/>
        <source>Setting the resolution, then scoring and searching the print…</source>
        <translation>Résolution enregistrée ; notation et recherche de l&apos;empreinte…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="626"/>
        <source>Clear flag…</source>
        <translation>Lever le signalement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="629"/>
        <source>The flag is resolved: clear it (kept in the custody log)</source>
        <translation>Le signalement est résolu : le lever (gardé dans le journal de traçabilité)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="642"/>
        <source>Flagged for review: {} — by {}, {} UTC</source>
        <translation>Signalé pour vérification : {} — par {}, {} UTC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="654"/>
        <source>the original is kept unchanged.</source>
        <translation>l&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="657"/>
        <source>Analysis failed: {} — {}</source>
        <translation>Échec de l&apos;analyse : {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="660"/>
        <source>Being analysed in the sandbox; this view updates when it is done.</source>
        <translation>Analyse en cours dans le bac à sable ; cet affichage se mettra à jour une fois terminée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="663"/>
        <source>Analysis found damage: {} — {}</source>
        <translation>L&apos;analyse a détecté des dommages : {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="674"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="674"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="675"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="676"/>
        <source>Members</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="677"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="678"/>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="679"/>
        <source>Being analysed</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="736"/>
        <source>The original is kept unchanged.</source>
        <translation>L&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="737"/>
        <source>Analysis failed: {}

{}
Its details are on the right.</source>
        <translation>Échec de l&apos;analyse : {}

{}
Ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="741"/>
        <source>Being analysed…

This view updates when the analysis is recorded.</source>
        <translation>Analyse en cours…

Cet affichage se mettra à jour dès que l&apos;analyse sera enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="741"/>
        <source>No preview for this kind of file.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="742"/>
        <source>Size: {}</source>
        <translation>Taille : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="745"/>
        <source>Entropy: {} bits per byte (8 = random: compressed or encrypted)</source>
        <translation>Entropie : {} bits par octet (8 = aléatoire : compressé ou chiffré)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="746"/>
        <source>SHA-256: {}</source>
        <translation>SHA-256 : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="771"/>
        <source>The preview analysis made of this {} in the sandbox ({} × {} pixels); the viewer does not render it larger. The original is kept unchanged.</source>
        <translation>L&apos;aperçu produit par l&apos;analyse dans le bac à sable pour ce fichier {} ({} × {} pixels) ; la visionneuse ne l&apos;affiche pas en plus grand. L&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="792"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="805"/>
        <source>No text layer; OCR text:</source>
        <translation>Pas de couche texte ; texte reconnu par OCR :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="806"/>
        <source>No text layer; no text found.</source>
        <translation>Pas de couche texte ; aucun texte trouvé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="814"/>
        <source>Warning: no text was found on page(s) {} (blank, too faint, handwriting or a picture). Check them by eye; search will not find them.</source>
        <translation>Attention : aucun texte trouvé sur la ou les pages {} (vierge, trop pâle, manuscrite ou image). Vérifiez-les à l&apos;œil ; la recherche ne les trouvera pas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="821"/>
        <source>No text found in this file.</source>
        <translation>Aucun texte trouvé dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="827"/>
        <source>text layer</source>
        <translation>couche texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="828"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="830"/>
        <source>— page {} ({}) —</source>
        <translation>— page {} ({}) —</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="831"/>
        <source>(no text found)</source>
        <translation>(aucun texte trouvé)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="864"/>
        <source>{} members, {} when expanded; {} encrypted. Listed from the archive&apos;s own directory.</source>
        <translation>{} fichiers, {} une fois extraits ; {} chiffrés. Liste tirée du répertoire de l&apos;archive elle-même.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="868"/>
        <source>{} of them were stored as captures of this item; the archive is kept as acquired.</source>
        <translation>{} d&apos;entre eux ont été enregistrés comme saisies de cette pièce ; l&apos;archive est conservée telle qu&apos;acquise.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="872"/>
        <source>Nothing was extracted: the archive is kept as acquired, its members are only listed.</source>
        <translation>Rien n&apos;a été extrait : l&apos;archive est conservée telle qu&apos;acquise, ses fichiers sont seulement listés.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="934"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="935"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="937"/>
        <source>Earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="937"/>
        <source>Move this page earlier (Ctrl+Page Up)</source>
        <translation>Avancer cette page (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="938"/>
        <source>Later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="938"/>
        <source>Move this page later (Ctrl+Page Down)</source>
        <translation>Reculer cette page (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="939"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="939"/>
        <source>Turn left (Ctrl+Shift+R)</source>
        <translation>Pivoter à gauche (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="940"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="940"/>
        <source>Turn right (Ctrl+R)</source>
        <translation>Pivoter à droite (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="941"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="941"/>
        <source>Original order and rotation</source>
        <translation>Ordre et rotation d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="873"/>
        <source>Only the first {} are listed.</source>
        <translation>Seuls les {} premiers sont listés.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Compressed</source>
        <translation>Compressé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="874"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="876"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="890"/>
        <source>{} records. {}</source>
        <translation>{} enregistrements. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="896"/>
        <source>The transaction&apos;s first print, as analysis decoded it in the sandbox</source>
        <translation>Première empreinte de la transaction, telle que l&apos;analyse l&apos;a décodée dans le bac à sable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="898"/>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Impression</source>
        <translation>Type d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="899"/>
        <source>Finger</source>
        <translation>Doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>ppi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="900"/>
        <source>Image bytes</source>
        <translation>Octets d&apos;image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="909"/>
        <source>{} tables; rows are counted, not shown: examine the original with the tools made for its app.</source>
        <translation>{} tables ; les lignes sont comptées, pas affichées : examinez l&apos;original avec les outils conçus pour son application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="910"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="955"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>L&apos;ordre et la rotation ne sont qu&apos;un affichage : l&apos;original reste tel qu&apos;acquis.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="996"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier ; ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="998"/>
        <source>it does not decode</source>
        <translation>impossible à décoder</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="999"/>
        <source>This cannot be displayed: {}.

The original is kept unchanged; its details are on the right.</source>
        <translation>Affichage impossible : {}.

L&apos;original est conservé intact ; ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1006"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} pixels — molette ou Ctrl +/− pour zoomer, glisser pour déplacer, Ctrl+0 pour ajuster</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1009"/>
        <source>Damaged: shown as far as it decodes; the original is kept unchanged. {}</source>
        <translation>Endommagé : affiché jusqu&apos;où il se décode ; l&apos;original est conservé intact. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1037"/>
        <source>, turned {}°</source>
        <translation>, pivotée de {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="1038"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>Page {} sur {} (page d&apos;origine {}{})</translation>
    </message>
</context>
<context>
    <name>CapturesModel</name>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="224"/>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="225"/>
        <source>ANALYSIS FAILED</source>
        <translation>ANALYSE ÉCHOUÉE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="226"/>
        <source>ANALYSING…</source>
        <translation>ANALYSE…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="227"/>
        <source>FLAGGED</source>
        <translation>SIGNALÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="335"/>
        <source>≈ Looks like another photo (near-duplicate): open it to compare</source>
        <translation>≈ Ressemble à une autre photo (quasi identique) : ouvrez-la pour comparer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/models.py" line="436"/>
        <source>Flagged for review: {} (by {}, {})</source>
        <translation>Signalé pour vérification : {} (par {}, {})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="243"/>
        <source>Adjust the cut of finger {}</source>
        <translation>Ajuster la découpe du doigt {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="250"/>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="250"/>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="263"/>
        <source>Drag on the card to draw the box.</source>
        <translation>Faites glisser sur la fiche pour tracer le cadre.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="22"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="23"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="24"/>
        <source>ID card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="25"/>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="26"/>
        <source>Media</source>
        <translation>Support numérique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="27"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="28"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="137"/>
        <source>category not chosen yet</source>
        <translation>catégorie pas encore choisie</translation>
    </message>
</context>
<context>
    <name>ClearFlagDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="341"/>
        <source>Clear the flag of {}</source>
        <translation>Lever le signalement de {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="344"/>
        <source>Flagged by {} on {}: {}</source>
        <translation>Signalé par {} le {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="350"/>
        <source>Clear flag</source>
        <translation>Lever le signalement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="351"/>
        <source>What resolved it (optional, kept in the custody log)</source>
        <translation>Ce qui l’a résolu (facultatif, gardé dans le journal de traçabilité)</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="20"/>
        <source>Store created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="21"/>
        <source>Operator added: {name}</source>
        <translation>Opérateur ajouté : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="22"/>
        <source>Operator removed: {name}</source>
        <translation>Opérateur retiré : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="23"/>
        <source>Passphrase changed: {name}</source>
        <translation>Phrase secrète changée : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="24"/>
        <source>Case created: {name}</source>
        <translation>Affaire créée : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="25"/>
        <source>Item created: {tag}</source>
        <translation>Pièce créée : {tag}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="26"/>
        <source>Details changed: {fields}</source>
        <translation>Détails modifiés : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="27"/>
        <source>Site added: {name}</source>
        <translation>Site ajouté : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="28"/>
        <source>Acquisition started ({source})</source>
        <translation>Acquisition commencée ({source})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="29"/>
        <source>Acquisition finished: {stored} stored</source>
        <translation>Acquisition terminée : {stored} enregistrés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="30"/>
        <source>Acquisition stopped</source>
        <translation>Acquisition interrompue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="31"/>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="32"/>
        <source>Analysed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="33"/>
        <source>Moved to {target} from {source}</source>
        <translation>Déplacé vers {target} depuis {source}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="34"/>
        <source>Deleted {name}</source>
        <translation>{name} supprimé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="35"/>
        <source>Flagged for review</source>
        <translation>Signalé pour vérification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="36"/>
        <source>Flag cleared</source>
        <translation>Signalement levé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="37"/>
        <source>Original copied out</source>
        <translation>Original copié à l&apos;extérieur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="38"/>
        <source>Archive expanded</source>
        <translation>Archive décompressée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="39"/>
        <source>Page order or rotation changed</source>
        <translation>Ordre ou rotation des pages modifiés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="40"/>
        <source>Text read from the pages</source>
        <translation>Texte lu sur les pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="41"/>
        <source>Print quality measured</source>
        <translation>Qualité de l&apos;empreinte mesurée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="42"/>
        <source>Prints copied out for the AFIS ({tot})</source>
        <translation>Empreintes copiées pour l’AFIS ({tot})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="43"/>
        <source>Finger marked as {condition}</source>
        <translation>Doigt marqué comme {condition}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="44"/>
        <source>Print resolution set to {ppi} ppi</source>
        <translation>Résolution de l&apos;empreinte fixée à {ppi} ppp</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="45"/>
        <source>Print&apos;s finger position set to {finger}</source>
        <translation>Position du doigt de l&apos;empreinte fixée à {finger}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="46"/>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="47"/>
        <source>Person&apos;s details changed: {fields}</source>
        <translation>Détails de la personne modifiés : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="48"/>
        <source>Bundle created</source>
        <translation>Lot créé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="49"/>
        <source>Bundle abandoned</source>
        <translation>Lot abandonné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="50"/>
        <source>HQ recipient added</source>
        <translation>Destinataire QG ajouté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="51"/>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="52"/>
        <source>Sending set up</source>
        <translation>Envoi configuré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="53"/>
        <source>Bundle to be sent again</source>
        <translation>Lot à renvoyer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="54"/>
        <source>Watchlist from HQ imported</source>
        <translation>Liste de surveillance du QG importée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="55"/>
        <source>Site changed: {fields}</source>
        <translation>Site modifié : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="56"/>
        <source>Bundle {sequence} rejected by HQ</source>
        <translation>Lot {sequence} rejeté par le QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="59"/>
        <source>Bundle {sequence}: HQ received a damaged copy, to be sent again</source>
        <translation>Lot {sequence} : le QG a reçu une copie endommagée, à renvoyer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="60"/>
        <source>Bundle {sequence} refused by HQ</source>
        <translation>Lot {sequence} refusé par le QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="63"/>
        <source>Templates made for identification ({modality}): {count}</source>
        <translation>Gabarits créés pour l’identification ({modality}) : {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="66"/>
        <source>No template could be made for identification ({modality})</source>
        <translation>Aucun gabarit n’a pu être créé pour l’identification ({modality})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="69"/>
        <source>Templates for identification could not be made ({modality})</source>
        <translation>Les gabarits pour l’identification n’ont pas pu être créés ({modality})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="72"/>
        <source>Searched against watchlist version {version}: captures {captures}, hits {hits}</source>
        <translation>Recherche dans la liste de surveillance version {version} : captures {captures}, correspondances {hits}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="73"/>
        <source>Watchlist search could not run</source>
        <translation>La recherche dans la liste de surveillance n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="76"/>
        <source>WATCHLIST HIT: entry {ref} ({modality}), score {score}</source>
        <translation>CORRESPONDANCE LISTE DE SURVEILLANCE : entrée {ref} ({modality}), score {score}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="79"/>
        <source>Watchlist hit on entry {ref} decided: {decision}</source>
        <translation>Correspondance sur l’entrée {ref} décidée : {decision}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="82"/>
        <source>Watchlist hit on entry {ref} confirmed by the operator</source>
        <translation>Correspondance sur l’entrée {ref} confirmée par l’opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="85"/>
        <source>Watchlist hit on entry {ref} rejected by the operator</source>
        <translation>Correspondance sur l’entrée {ref} rejetée par l’opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="86"/>
        <source>Sample {sample} collected</source>
        <translation>Échantillon {sample} prélevé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="87"/>
        <source>Sample {sample} sealed with seal {seal}</source>
        <translation>Échantillon {sample} scellé avec le scellé {seal}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="88"/>
        <source>Sample {sample} handed over from {from} to {to}</source>
        <translation>Échantillon {sample} remis par {from} à {to}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="91"/>
        <source>Sample {sample} handed over from {from} to {to}, confirmed by their passphrase</source>
        <translation>Échantillon {sample} remis par {from} à {to}, confirmé par sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="94"/>
        <source>Sample {sample} handed over from {from} to {to} ({rank}), name and rank typed</source>
        <translation>Échantillon {sample} remis par {from} à {to} ({rank}), nom et grade saisis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="95"/>
        <source>Sample {sample} shipped under manifest {manifest}</source>
        <translation>Échantillon {sample} expédié sous le bordereau {manifest}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="96"/>
        <source>Sample {sample} received by {by}</source>
        <translation>Échantillon {sample} reçu par {by}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="99"/>
        <source>Sample {sample} received by {by}: seal BROKEN on arrival</source>
        <translation>Échantillon {sample} reçu par {by} : scellé ROMPU à l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="100"/>
        <source>Photo linked to sample {sample} ({role})</source>
        <translation>Photo liée à l&apos;échantillon {sample} ({role})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="101"/>
        <source>Shipment made under manifest {manifest}</source>
        <translation>Expédition constituée sous le bordereau {manifest}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="108"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="109"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="110"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="111"/>
        <source>time recovered</source>
        <translation>heure de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="112"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="119"/>
        <source>fingerprint</source>
        <translation>empreinte digitale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="120"/>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="131"/>
        <source>{what} — {operator}, {time}</source>
        <translation>{what} — {operator}, {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="137"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/custodywords.py" line="144"/>
        <source>Entry {seq}: {action}
entry hash {entry_hash}
previous {prev_hash}</source>
        <translation>Entrée {seq} : {action}
hachage de l&apos;entrée {entry_hash}
précédente {prev_hash}</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="65"/>
        <source>Decide on candidate {}</source>
        <translation>Décider sur le candidat {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="67"/>
        <source>Are these the same person? Nothing is merged: the decision is recorded beside the earlier ones, with your name and your note.</source>
        <translation>S&apos;agit-il de la même personne ? Rien n&apos;est fusionné : la décision est enregistrée à côté des précédentes, avec votre nom et votre note.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="70"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="71"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="72"/>
        <source>Undecided (needs another look)</source>
        <translation>Indécis (à revoir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="78"/>
        <source>Your name, as it is recorded with the decision</source>
        <translation>Votre nom, tel qu’il est enregistré avec la décision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="81"/>
        <source>Why: the points that agree or differ</source>
        <translation>Pourquoi : les points qui concordent ou diffèrent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="84"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="85"/>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="86"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="88"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="112"/>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="113"/>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="114"/>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="118"/>
        <source>Still needed: {}</source>
        <translation>Encore requis : {}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="290"/>
        <source>Delete {} from {}</source>
        <translation>Supprimer {} de {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="294"/>
        <source>and {} more</source>
        <translation>et {} de plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="298"/>
        <source>Delete from {} / {}:
{}

A deleted capture cannot be recovered on this device; the custody log keeps its SHA-256 and the reason. One already sent in a bundle stays at HQ, and the next bundle tells HQ it was deleted and why.</source>
        <translation>Supprimer de {} / {} :
{}

Une saisie supprimée est irrécupérable sur cet appareil ; le journal de traçabilité garde son SHA-256 et le motif. Une saisie déjà envoyée dans un lot reste au QG, et le lot suivant informe le QG de sa suppression et du motif.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="303"/>
        <source>Delete {}</source>
        <translation>Supprimer {}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="130"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="131"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="151"/>
        <source>Looks like (near-duplicate photos)</source>
        <translation>Ressemble à (photos quasi identiques)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="163"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="165"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="166"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="167"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="168"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="169"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="170"/>
        <source>Captured</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="173"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="174"/>
        <source>{}, by {}</source>
        <translation>{}, par {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="176"/>
        <source>Case / item</source>
        <translation>Affaire / pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="177"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="223"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="194"/>
        <location filename="../../fieldkit/gui/details.py" line="196"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="97"/>
        <source>{} UTC</source>
        <translation>{} UTC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="103"/>
        <source>(camera clock {}, {} found from the GPS time)</source>
        <translation>(horloge de l’appareil {}, {} déduit de l’heure GPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="106"/>
        <source>(from the GPS time; the camera clock said {})</source>
        <translation>(d’après l’heure GPS ; l’horloge de l’appareil indiquait {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="110"/>
        <source>{} local, offset unknown</source>
        <translation>{} heure locale, décalage inconnu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="111"/>
        <source>{} local {}</source>
        <translation>{} heure locale {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="150"/>
        <source>and {} more</source>
        <translation>et {} de plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="171"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="198"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="201"/>
        <source>Lens serial</source>
        <translation>N° de série de l’objectif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="202"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="203"/>
        <source>Software</source>
        <translation>Logiciel</translation>
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
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="212"/>
        <source>Datum</source>
        <translation>Système géodésique</translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="219"/>
        <source>none in the file</source>
        <translation>aucun dans le fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="246"/>
        <source>{} ppi</source>
        <translation>{} ppp</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="251"/>
        <source>Resolution unknown: not scored or searched until Set resolution… states it</source>
        <translation>Résolution inconnue : ni notée ni recherchée tant que « Définir la résolution… » ne l&apos;indique pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="253"/>
        <source>Finger position</source>
        <translation>Position du doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="254"/>
        <source>Impression type</source>
        <translation>Type d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="255"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="257"/>
        <source>Fingerprint</source>
        <translation>Empreinte digitale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="265"/>
        <location filename="../../fieldkit/gui/details.py" line="272"/>
        <location filename="../../fieldkit/gui/details.py" line="279"/>
        <location filename="../../fieldkit/gui/details.py" line="315"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="266"/>
        <source>being analysed (in the sandbox); this view updates when it is done</source>
        <translation>analyse en cours (dans le bac à sable) ; cet affichage se mettra à jour une fois terminée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="273"/>
        <source>failed: {}</source>
        <translation>échec : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="275"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="276"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="276"/>
        <source>kept unchanged, and bundled with the reason</source>
        <translation>conservé intact, et mis en lot avec le motif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="279"/>
        <source>analysed</source>
        <translation>analysé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="281"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="282"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="284"/>
        <source>Analysed</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="292"/>
        <location filename="../../fieldkit/gui/details.py" line="317"/>
        <source>Acquired</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="295"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="296"/>
        <source>no acquisition record (added before acquisitions were recorded)</source>
        <translation>aucune trace d&apos;acquisition (ajouté avant l&apos;enregistrement des acquisitions)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="308"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="309"/>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="310"/>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="311"/>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="312"/>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="313"/>
        <source>Changed</source>
        <translation>Changé le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="314"/>
        <source>Born</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="326"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="327"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="333"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="341"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="346"/>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="348"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="352"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="353"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="354"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="355"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="356"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="359"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="360"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="364"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="365"/>
        <source>PDF version</source>
        <translation>Version PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="366"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="367"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="368"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="369"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="370"/>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="371"/>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="372"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="373"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="378"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="382"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="384"/>
        <source>Members</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="385"/>
        <source>Expanded size</source>
        <translation>Taille décompressée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="386"/>
        <source>Encrypted members</source>
        <translation>Fichiers chiffrés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="392"/>
        <source>Transaction type</source>
        <translation>Type de transaction</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="393"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="394"/>
        <source>Originating agency</source>
        <translation>Service d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="395"/>
        <source>Control number</source>
        <translation>Numéro de contrôle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="396"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="399"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="400"/>
        <source>ANSI/NIST transaction</source>
        <translation>Transaction ANSI/NIST</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="404"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="406"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="407"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="414"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/details.py" line="415"/>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="223"/>
        <source>Show device key for HQ…</source>
        <translation>Afficher la clé de l&apos;appareil pour le QG…</translation>
    </message>
</context>
<context>
    <name>DeviceKeyDialog</name>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="72"/>
        <source>Device key for enrolment at HQ</source>
        <translation>Clé de l&apos;appareil pour l&apos;enrôlement au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="77"/>
        <source>HQ enrols this device so that it can tell the bundles it sends from forgeries. Give HQ this key: let HQ scan the code, or export the key to a file or a USB drive. Then read the words below to HQ, for example over the phone: HQ must see the same words when it enrols the key. The key is public: it is not evidence and opens nothing.</source>
        <translation>Le QG enrôle cet appareil pour distinguer les lots qu&apos;il envoie des faux. Donnez cette clé au QG : laissez le QG scanner le code, ou exportez la clé dans un fichier ou sur une clé USB. Lisez ensuite au QG les mots ci-dessous, par exemple au téléphone : le QG doit voir les mêmes mots quand il enrôle la clé. La clé est publique : ce n&apos;est pas une preuve et elle n&apos;ouvre rien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="79"/>
        <source>Reading the key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="99"/>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="100"/>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="104"/>
        <source>Export to file…</source>
        <translation>Exporter dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="107"/>
        <source>Export to USB drive…</source>
        <translation>Exporter sur une clé USB…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="110"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="124"/>
        <source>Words to read to HQ:</source>
        <translation>Mots à lire au QG :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="147"/>
        <source>Device: {}</source>
        <translation>Appareil : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="161"/>
        <source>Save the device key for HQ</source>
        <translation>Enregistrer la clé de l&apos;appareil pour le QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="164"/>
        <source>Device key for HQ (*.allowed_signers)</source>
        <translation>Clé de l&apos;appareil pour le QG (*.allowed_signers)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="164"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="193"/>
        <source>No USB drive found. Plug one in and try again, or use Export to file.</source>
        <translation>Aucune clé USB trouvée. Branchez-en une et réessayez, ou utilisez Exporter dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="205"/>
        <source>Export to USB drive</source>
        <translation>Exporter sur une clé USB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="205"/>
        <source>Which drive?</source>
        <translation>Quelle clé ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/devicekey.py" line="210"/>
        <source>Saved the device key in {}</source>
        <translation>Clé de l&apos;appareil enregistrée dans {}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="233"/>
        <source>Search tag, case, category, description, date</source>
        <translation>Rechercher scellé, affaire, catégorie, description, date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="250"/>
        <source>New item (Ctrl+N)</source>
        <translation>Nouvelle pièce (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="259"/>
        <source>Select or create an item</source>
        <translation>Choisissez ou créez une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="293"/>
        <source>Captures</source>
        <translation>Saisies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="573"/>
        <source>Camera card {}: %n new file(s), {} already in the store.</source>
        <translation>
            <numerusform>Carte {} : %n nouveau fichier, {} déjà dans le coffre.</numerusform>
            <numerusform>Carte {} : %n nouveaux fichiers, {} déjà dans le coffre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="688"/>
        <source>Imported %n file(s); last: {}</source>
        <translation>
            <numerusform>%n fichier importé ; dernier : {}</numerusform>
            <numerusform>%n fichiers importés ; dernier : {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="726"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="729"/>
        <source>Move to item…</source>
        <translation>Déplacer vers une pièce…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="732"/>
        <source>Delete with reason…</source>
        <translation>Supprimer avec motif…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="735"/>
        <source>Flag for review…</source>
        <translation>Signaler pour vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/evidence.py" line="775"/>
        <source>%n file(s) added to {tag}</source>
        <translation>
            <numerusform>%n fichier ajouté à {tag}</numerusform>
            <numerusform>%n fichiers ajoutés à {tag}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="294"/>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="296"/>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="303"/>
        <source>Import the new files into this item</source>
        <translation>Importer les nouveaux fichiers dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="306"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="365"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>Custody chain intact</source>
        <translation>Chaîne de traçabilité intacte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>CHAÎNE DE TRAÇABILITÉ ROMPUE : </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="535"/>
        <source>Tag {} read: item selected</source>
        <translation>Scellé {} lu : pièce sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="540"/>
        <source>Read by the camera: {}</source>
        <translation>Lu par la caméra : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="654"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="703"/>
        <source>{} stored, {} already in this item, {} not stored</source>
        <translation>{} enregistré(s), {} déjà dans cette pièce, {} non enregistré(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="679"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="679"/>
        <source>Importing into {}…</source>
        <translation>Import dans {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="702"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="57"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="96"/>
        <source>not taken</source>
        <translation>non prise</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="62"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="64"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="93"/>
        <source>amputated</source>
        <translation>amputé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="65"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="93"/>
        <source>bandaged</source>
        <translation>bandé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="96"/>
        <source>could not be decoded</source>
        <translation>non décodable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="100"/>
        <source>Resolution unknown: the file does not give a print&apos;s resolution. Choose this finger and press Set resolution…</source>
        <translation>Résolution inconnue : le fichier n&apos;indique pas la résolution de l&apos;empreinte. Choisissez ce doigt et appuyez sur « Définir la résolution… »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="105"/>
        <source>Resolution unknown</source>
        <translation>Résolution inconnue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="107"/>
        <source>no score</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="109"/>
        <source>POOR: take again</source>
        <translation>MAUVAISE : à reprendre</translation>
    </message>
</context>
<context>
    <name>FingerprintsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="36"/>
        <source>Ten-print</source>
        <translation>Dix doigts</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="37"/>
        <source>Latent</source>
        <translation>Trace latente</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="143"/>
        <source>unknown finger</source>
        <translation>doigt inconnu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="144"/>
        <source>right thumb</source>
        <translation>pouce droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="145"/>
        <source>right index</source>
        <translation>index droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="146"/>
        <source>right middle</source>
        <translation>majeur droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="147"/>
        <source>right ring</source>
        <translation>annulaire droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="148"/>
        <source>right little</source>
        <translation>auriculaire droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="149"/>
        <source>left thumb</source>
        <translation>pouce gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="150"/>
        <source>left index</source>
        <translation>index gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="151"/>
        <source>left middle</source>
        <translation>majeur gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="152"/>
        <source>left ring</source>
        <translation>annulaire gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="153"/>
        <source>left little</source>
        <translation>auriculaire gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="154"/>
        <source>plain right thumb</source>
        <translation>pouce droit posé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="155"/>
        <source>plain left thumb</source>
        <translation>pouce gauche posé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="156"/>
        <source>right four fingers (slap)</source>
        <translation>quatre doigts droits (posés)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="157"/>
        <source>left four fingers (slap)</source>
        <translation>quatre doigts gauches (posés)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="158"/>
        <source>both thumbs</source>
        <translation>les deux pouces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="166"/>
        <source>live-scan plain</source>
        <translation>posée (lecteur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="167"/>
        <source>live-scan rolled</source>
        <translation>roulée (lecteur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="168"/>
        <source>non-live-scan plain</source>
        <translation>posée (encre/fichier)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="169"/>
        <source>non-live-scan rolled</source>
        <translation>roulée (encre/fichier)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="170"/>
        <source>latent impression</source>
        <translation>empreinte latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="171"/>
        <source>latent tracing</source>
        <translation>relevé de trace latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="172"/>
        <source>latent photo</source>
        <translation>photo de trace latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="173"/>
        <source>latent lift</source>
        <translation>trace latente relevée</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="184"/>
        <source>Create the fieldkit store</source>
        <translation>Créer le coffre fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="203"/>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="204"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="206"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (encore)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="220"/>
        <source>Import provisioning file from headquarters… (optional)</source>
        <translation>Importer le fichier de provisionnement du QG… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="200"/>
        <source>A new encrypted store will be created in {}.</source>
        <translation>Un nouveau coffre chiffré sera créé dans {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="186"/>
        <source>Create the store</source>
        <translation>Créer le magasin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="225"/>
        <source>Start capturing</source>
        <translation>Commencer la saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="247"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="248"/>
        <source>Strength: {}</source>
        <translation>Robustesse : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="260"/>
        <source>Type the operator&apos;s name.</source>
        <translation>Tapez le nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="264"/>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Les deux phrases secrètes diffèrent : tapez la même phrase secrète dans les deux champs.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="288"/>
        <source>Store created ✓</source>
        <translation>Coffre créé ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="291"/>
        <source>Reading the device key…</source>
        <translation>Lecture de la clé de l&apos;appareil…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="305"/>
        <source>Note this device key fingerprint: headquarters compares it when they enrol the device (Settings &gt; Show device key for HQ… gives them the key):
{}</source>
        <translation>Notez cette empreinte de la clé de l&apos;appareil : le QG la compare quand il enrôle l&apos;appareil (Paramètres &gt; Afficher la clé de l&apos;appareil pour le QG… lui donne la clé) :
{}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/dialogs.py" line="312"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>Provisionné : %n nouveau destinataire</numerusform>
            <numerusform>Provisionné : %n nouveaux destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="314"/>
        <source>Flag {} in {} for review</source>
        <translation>Signaler {} dans {} pour vérification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="317"/>
        <source>Mark {} in {} / {} for review: what needs checking or taking again? The flag stays until it is cleared.</source>
        <translation>Signaler {} dans {} / {} pour vérification : que faut-il vérifier ou reprendre ? Le signalement reste jusqu’à ce qu’il soit levé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="322"/>
        <source>e.g. blurred, retake; check the tag</source>
        <translation>p. ex. flou, à reprendre ; vérifier l’étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="324"/>
        <source>Flag {}</source>
        <translation>Signaler {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="330"/>
        <source>Say what to check or redo: the custody log keeps the reason.</source>
        <translation>Dites quoi vérifier ou refaire : le journal de traçabilité garde le motif.</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../fieldkit/gui/folders.py" line="49"/>
        <source>Images ({})</source>
        <translation>Images ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/folders.py" line="52"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="563"/>
        <source>Hand over {}</source>
        <translation>Remettre {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="567"/>
        <source>Hand over {} from {}, now held by {}</source>
        <translation>Remettre {} de {}, détenu actuellement par {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="573"/>
        <source>{} (operator of this laptop)</source>
        <translation>{} (opérateur de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="574"/>
        <source>Someone else: type name and rank</source>
        <translation>Une autre personne : tapez nom et grade</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="575"/>
        <source>the receiver types it</source>
        <translation>le destinataire le tape</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="578"/>
        <source>e.g. Ahmed Karim</source>
        <translation>p. ex. Ahmed Karim</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="579"/>
        <source>e.g. Sergeant, Police officer</source>
        <translation>p. ex. sergent, officier de police</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="581"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="583"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="584"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="585"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="589"/>
        <source>This sample is not sealed yet: the custody log will say it was handed over open.</source>
        <translation>Ce prélèvement n&apos;est pas encore scellé : le journal de garde indiquera qu&apos;il a été remis ouvert.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="619"/>
        <source>{}&apos;s passphrase</source>
        <translation>Phrase secrète de {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="620"/>
        <source>Hand over to {}</source>
        <translation>Remettre à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="622"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="630"/>
        <source>{} types their own passphrase to confirm they received the sample.</source>
        <translation>{} tape sa propre phrase secrète pour confirmer avoir reçu le prélèvement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="638"/>
        <source>Type the name of the person who receives the sample.</source>
        <translation>Tapez le nom de la personne qui reçoit le prélèvement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="641"/>
        <source>Type their rank or function: it confirms the handover in the custody log.</source>
        <translation>Tapez son grade ou sa fonction : cela confirme la remise dans le journal de garde.</translation>
    </message>
</context>
<context>
    <name>HitReview</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="635"/>
        <source>Watchlist hit: {}</source>
        <translation>Correspondance liste de surveillance : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="547"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="649"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="560"/>
        <source>Watchlist candidate</source>
        <translation>Candidat de la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="536"/>
        <source>Previous hit</source>
        <translation>Alerte précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="538"/>
        <source>Next hit</source>
        <translation>Alerte suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="566"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="567"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="568"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="569"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="570"/>
        <location filename="../../fieldkit/gui/watchlist.py" line="655"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="571"/>
        <location filename="../../fieldkit/gui/watchlist.py" line="656"/>
        <source>Finger</source>
        <translation>Doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="572"/>
        <source>Watchlist</source>
        <translation>Liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="638"/>
        <source>Hit {} of {}</source>
        <translation>Alerte {} sur {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="655"/>
        <source>Face distance</source>
        <translation>Distance du visage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="656"/>
        <source>Compared</source>
        <translation>Comparé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="663"/>
        <source>the face in the photo</source>
        <translation>le visage sur la photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="664"/>
        <source>v{}</source>
        <translation>v{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="598"/>
        <source>Confirm: same person</source>
        <translation>Confirmer : même personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="600"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="602"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="700"/>
        <source>{} minutiae found in the capture, marked on it.</source>
        <translation>{} minuties trouvées dans la capture, marquées dessus.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="704"/>
        <source>The photo the face was found in.</source>
        <translation>La photo où le visage a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="707"/>
        <source>No picture of this capture yet: its analysis has not finished or failed. The details are below.</source>
        <translation>Pas encore d&apos;image de cette capture : son analyse n&apos;est pas terminée ou a échoué. Les détails sont ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="712"/>
        <source>The watchlist carries face templates (measurements of the face), not photos: there is no picture of the candidate to show. Compare with what HQ&apos;s instructions and note say, and ask HQ for the photo if you are unsure.</source>
        <translation>La liste de surveillance contient des gabarits de visage (des mesures du visage), pas des photos : il n&apos;y a pas d&apos;image du candidat à montrer. Comparez avec les instructions et la note du QG, et demandez la photo au QG en cas de doute.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="716"/>
        <source>{} minutiae of the watchlist template (the watchlist holds no images).</source>
        <translation>{} minuties du gabarit de la liste de surveillance (la liste ne contient aucune image).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="722"/>
        <source>The watchlist holds no fingerprint template to draw for this candidate.</source>
        <translation>La liste de surveillance ne contient aucun gabarit d&apos;empreinte à dessiner pour ce candidat.</translation>
    </message>
</context>
<context>
    <name>HitsDialog</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="731"/>
        <source>open</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="732"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="733"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="746"/>
        <source>Watchlist hits</source>
        <translation>Alertes de la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="749"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="752"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="753"/>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="754"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="762"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="769"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="796"/>
        <source>No watchlist hit on this device.</source>
        <translation>Aucune alerte de la liste de surveillance sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="798"/>
        <source>Watchlist hits on this device: {}; waiting for a decision: {}.</source>
        <translation>Alertes de la liste de surveillance sur cet appareil : {} ; en attente de décision : {}.</translation>
    </message>
</context>
<context>
    <name>HqStatusPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="152"/>
        <source>Choose the HQ folder to see its devices.</source>
        <translation>Choisissez le dossier du QG pour voir ses appareils.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="171"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="185"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="209"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="208"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="210"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="251"/>
        <source>ALARM: {}</source>
        <translation>ALARME : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="252"/>
        <source>{} at bundle {}</source>
        <translation>{} au lot {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="254"/>
        <source>key withdrawn (revoked)</source>
        <translation>clé retirée (révoquée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="256"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="257"/>
        <source>not enrolled</source>
        <translation>non enrôlé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="259"/>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="260"/>
        <source>missing {}</source>
        <translation>manquants : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="266"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="266"/>
        <source>enrolled, no bundle yet</source>
        <translation>enrôlé, aucun lot encore</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="295"/>
        <source>expired {}</source>
        <translation>expirée {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="296"/>
        <source>kept</source>
        <translation>gardée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="296"/>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="301"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="304"/>
        <source>Devices (%n)</source>
        <translation>
            <numerusform>Appareils (%n)</numerusform>
            <numerusform>Appareils (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="305"/>
        <source>Alarms (%n)</source>
        <translation>
            <numerusform>Alarmes (%n)</numerusform>
            <numerusform>Alarmes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="306"/>
        <source>Quarantine (%n)</source>
        <translation>
            <numerusform>Quarantaine (%n)</numerusform>
            <numerusform>Quarantaine (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="311"/>
        <source>%n bundle(s) refused and listed in quarantine</source>
        <translation>
            <numerusform>%n lot refusé et listé en quarantaine</numerusform>
            <numerusform>%n lots refusés et listés en quarantaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="312"/>
        <source> ({} copies still kept)</source>
        <translation> ({} copies encore gardées)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="314"/>
        <source>; %n amendment(s) waiting for their original</source>
        <translation>
            <numerusform>; %n modification en attente de son original</numerusform>
            <numerusform>; %n modifications en attente de leur original</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="316"/>
        <source>As of {} (read again after each verification and ingest)</source>
        <translation>État au {} (relu après chaque vérification et chaque intégration)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="333"/>
        <source>%n watchlist hit(s) still open on the devices</source>
        <translation>
            <numerusform>%n correspondance de liste de surveillance encore ouverte sur les appareils</numerusform>
            <numerusform>%n correspondances de liste de surveillance encore ouvertes sur les appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="337"/>
        <source>%n match candidate(s) waiting for an examiner</source>
        <translation>
            <numerusform>%n candidat à l’identification attend un examinateur</numerusform>
            <numerusform>%n candidats à l’identification attendent un examinateur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="345"/>
        <source>open each bundle on the Verify page, Identification tab: follow an open hit&apos;s instructions with the team in charge, and decide each candidate (Decide…) or run &apos;fieldkit hq matches&apos;.</source>
        <translation>ouvrez chaque lot dans la page Vérifier, onglet Identification : suivez les instructions d’une correspondance ouverte avec l’équipe responsable, et décidez de chaque candidat (Décider…) ou lancez &apos;fieldkit hq matches&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="345"/>
        <source>Identification: {}. What to do: {}</source>
        <translation>Identification : {}. Que faire : {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="360"/>
        <source>ALARM on %n device(s): {}. Treat each as compromised until the alarm is explained.</source>
        <translation>
            <numerusform>ALARME sur %n appareil : {}. Traitez-le comme compromis tant que l&apos;alarme n&apos;est pas expliquée.</numerusform>
            <numerusform>ALARME sur %n appareils : {}. Traitez chacun comme compromis tant que l&apos;alarme n&apos;est pas expliquée.</numerusform>
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
            <numerusform>À examiner, %n appareil : {}</numerusform>
            <numerusform>À examiner, %n appareils : {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="371"/>
        <source>%n device(s), no alarm, nothing missing, but identification waits for a decision (below)</source>
        <translation>
            <numerusform>%n appareil, aucune alarme, rien ne manque, mais l’identification attend une décision (ci-dessous)</numerusform>
            <numerusform>%n appareils, aucune alarme, rien ne manque, mais l’identification attend une décision (ci-dessous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="377"/>
        <source> (%n key(s) withdrawn)</source>
        <translation>
            <numerusform> (%n clé retirée)</numerusform>
            <numerusform> (%n clés retirées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="387"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/hqstatus.py" line="375"/>
        <source>%n device(s), no alarm, nothing missing</source>
        <translation>
            <numerusform>%n appareil, aucune alarme, rien ne manque</numerusform>
            <numerusform>%n appareils, aucune alarme, rien ne manque</numerusform>
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
        <translation>fieldkit QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="71"/>
        <source>Verify and ingest</source>
        <translation>Vérifier et intégrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="73"/>
        <source>HQ status</source>
        <translation>État du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="84"/>
        <source>Change HQ folder…</source>
        <translation>Changer de dossier du QG…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="110"/>
        <source>Choose the HQ folder: it holds HQ&apos;s key, which opens the bundles devices send, and the list of enrolled devices</source>
        <translation>Choisissez le dossier du QG : il contient la clé du QG, qui ouvre les lots envoyés par les appareils, et la liste des appareils enrôlés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="125"/>
        <source>{} is not an HQ folder.</source>
        <translation>{} n&apos;est pas un dossier du QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="126"/>
        <source>Choose the folder made when HQ was set up: it holds hq.json and HQ&apos;s key.</source>
        <translation>Choisissez le dossier créé lors de l&apos;installation du QG : il contient hq.json et la clé du QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="140"/>
        <source>No HQ folder chosen yet: bundles cannot be opened without it.</source>
        <translation>Aucun dossier du QG choisi : les lots ne peuvent pas être ouverts sans lui.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="142"/>
        <source>fieldkit HQ — {}</source>
        <translation>fieldkit QG — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqwindow.py" line="143"/>
        <source>HQ folder: {}</source>
        <translation>Dossier du QG : {}</translation>
    </message>
</context>
<context>
    <name>IdentificationTab</name>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="138"/>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="142"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="307"/>
        <source>Select a match candidate to decide on it</source>
        <translation>Sélectionnez un candidat pour décider</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="177"/>
        <source>Watchlist hits the device found (with the operator&apos;s decision)</source>
        <translation>Correspondances de liste de surveillance trouvées par l’appareil (avec la décision de l’opérateur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="181"/>
        <source>Same person at HQ: match candidates for an examiner</source>
        <translation>Même personne au QG : candidats pour un examinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="184"/>
        <source>None found yet: HQ searches this bundle&apos;s subjects when it is ingested.</source>
        <translation>Aucun pour l’instant : le QG recherche les sujets de ce lot lors de son intégration.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="184"/>
        <source>None found: no other subject HQ holds matches.</source>
        <translation>Aucun : aucun autre sujet détenu par le QG ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="190"/>
        <source>%n watchlist hit(s)</source>
        <translation>
            <numerusform>%n correspondance de liste de surveillance</numerusform>
            <numerusform>%n correspondances de liste de surveillance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="192"/>
        <source>%n open (no decision on the device)</source>
        <translation>
            <numerusform>%n ouverte (aucune décision sur l’appareil)</numerusform>
            <numerusform>%n ouvertes (aucune décision sur l’appareil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="193"/>
        <source>%n match candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="195"/>
        <source>%n waiting for an examiner</source>
        <translation>
            <numerusform>%n attend un examinateur</numerusform>
            <numerusform>%n attendent un examinateur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="199"/>
        <source>An open hit calls for action: follow its instructions and tell the team in charge.</source>
        <translation>Une correspondance ouverte exige une action : suivez ses instructions et prévenez l’équipe responsable.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="201"/>
        <source>Select a candidate and press Decide… to record an examiner&apos;s decision.</source>
        <translation>Sélectionnez un candidat et appuyez sur Décider… pour enregistrer la décision d’un examinateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="222"/>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="223"/>
        <source>several fingers together</source>
        <translation>plusieurs doigts ensemble</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="226"/>
        <source>OPEN: the operator has not decided</source>
        <translation>OUVERTE : l’opérateur n’a pas décidé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="227"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="269"/>
        <source>{} by {} on {}</source>
        <translation>{} par {} le {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="229"/>
        <location filename="../../fieldkit/gui/hqidentify.py" line="272"/>
        <source>: {}</source>
        <translation> : {}</translation>
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
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="234"/>
        <source>subject {} ({}), capture {}, {}, score {}, found {}</source>
        <translation>sujet {} ({}), capture {}, {}, score {}, trouvée le {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="256"/>
        <source>entry {} of HQ&apos;s watchlist [{}] ({})</source>
        <translation>entrée {} de la liste de surveillance du QG [{}] ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="260"/>
        <source>subject {} ({}) of device {}, bundle(s) {}</source>
        <translation>sujet {} ({}) de l’appareil {}, lot(s) {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="268"/>
        <source>OPEN: no examiner has decided</source>
        <translation>OUVERT : aucun examinateur n’a décidé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/hqidentify.py" line="274"/>
        <source>(%n earlier decision(s) kept)</source>
        <translation>
            <numerusform>(%n décision antérieure conservée)</numerusform>
            <numerusform>(%n décisions antérieures conservées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="276"/>
        <source>A {} ~ B {}: {}</source>
        <translation>A {} ~ B {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="280"/>
        <source>Candidate {}: score {} — {}</source>
        <translation>Candidat {} : score {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="281"/>
        <source>A: {}</source>
        <translation>A : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="282"/>
        <source>B: {}</source>
        <translation>B : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="283"/>
        <source>fingers: {}</source>
        <translation>doigts : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="287"/>
        <source>The score is the sum of each finger&apos;s Bozorth3 score above {} (scores at or below it are counted as nothing).</source>
        <translation>Le score est la somme des scores Bozorth3 de chaque doigt au-delà de {} (un score égal ou inférieur compte pour rien).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/hqidentify.py" line="305"/>
        <source>Record an examiner&apos;s decision on candidate {}</source>
        <translation>Enregistrer la décision d’un examinateur sur le candidat {}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="545"/>
        <source>Import into {tag} (case {case})</source>
        <translation>Importer dans {tag} (affaire {case})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="559"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="560"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="563"/>
        <source>Add card</source>
        <translation>Ajouter la carte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="566"/>
        <source>Sources (or drop folders and files here)</source>
        <translation>Sources (ou déposez ici dossiers et fichiers)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="572"/>
        <source>Camera cards</source>
        <translation>Cartes d&apos;appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="586"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="587"/>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="591"/>
        <source>Split into items by time gap of</source>
        <translation>Répartir en pièces selon un écart de temps de</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="596"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="635"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="636"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="696"/>
        <source>Add a folder to import into {}</source>
        <translation>Ajouter un dossier à importer dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="711"/>
        <source>Add files to import into {}</source>
        <translation>Ajouter des fichiers à importer dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="716"/>
        <source>Photos and videos ({})</source>
        <translation>Photos et vidéos ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="717"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="747"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="747"/>
        <source>Files in</source>
        <translation>Fichiers de</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="748"/>
        <source>Camera card</source>
        <translation>Carte d&apos;appareil photo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="955"/>
        <source>Split by time into %n item(s): {} (the others new, same case, category and site)</source>
        <translation>
            <numerusform>Répartition par heure en %n pièce : {} (les autres nouvelles, même affaire, même catégorie et même lieu)</numerusform>
            <numerusform>Répartition par heure en %n pièces : {} (les autres nouvelles, même affaire, même catégorie et même lieu)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="966"/>
        <source>1 file records no time: it stays in {}</source>
        <translation>Un fichier n&apos;indique aucune heure : il reste dans {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="967"/>
        <source>%n files record no time: they stay in {}</source>
        <translation>
            <numerusform>%n fichier n&apos;indique aucune heure : il reste dans {}</numerusform>
            <numerusform>%n fichiers n&apos;indiquent aucune heure : ils restent dans {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="972"/>
        <source>No file records when it was taken: split by each file&apos;s own time (a copy may have changed it)</source>
        <translation>Aucun fichier n&apos;indique quand il a été pris : répartition selon l&apos;heure de chaque fichier (une copie a pu la changer)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="978"/>
        <source>Checking which files are already in the store… {} left</source>
        <translation>Recherche des fichiers déjà dans le coffre… {} restant(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1001"/>
        <source>{} of %n file(s) selected</source>
        <translation>
            <numerusform>Sélection : {} sur %n fichier</numerusform>
            <numerusform>Sélection : {} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="964"/>
        <source>Reading the time each photo was taken… {} left</source>
        <translation>Lecture de l&apos;heure de prise de chaque photo… {} restante(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="985"/>
        <source>Import %n file(s) into {}</source>
        <translation>
            <numerusform>Importer %n fichier dans {}</numerusform>
            <numerusform>Importer %n fichiers dans {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="989"/>
        <source>Import %n file(s) into {} items</source>
        <translation>
            <numerusform>Importer %n fichier dans {} pièces</numerusform>
            <numerusform>Importer %n fichiers dans {} pièces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1010"/>
        <source>; {} already in the store, left out (also by Select all; tick one to import it again)</source>
        <translation> ; {} déjà dans le coffre, laissé(s) de côté (aussi par Tout sélectionner ; cochez-en un pour l&apos;importer de nouveau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1098"/>
        <source>%n photo(s) added to {tag}</source>
        <translation>
            <numerusform>%n photo ajoutée à {tag}</numerusform>
            <numerusform>%n photos ajoutées à {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1100"/>
        <source>%n file(s) added to {tag}</source>
        <translation>
            <numerusform>%n fichier ajouté à {tag}</numerusform>
            <numerusform>%n fichiers ajoutés à {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1117"/>
        <source>Import stopped: what was stored stays stored; not imported: %n file(s).</source>
        <translation>
            <numerusform>Import arrêté : ce qui a été enregistré le reste ; non importé : %n fichier.</numerusform>
            <numerusform>Import arrêté : ce qui a été enregistré le reste ; non importés : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1013"/>
        <source>; {} damaged or unknown: will be kept and flagged</source>
        <translation> ; {} endommagé(s) ou inconnu(s) : seront conservés et signalés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="124"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="188"/>
        <source>Already in the store: {}</source>
        <translation>Déjà dans le coffre : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="192"/>
        <source>Will be kept as it is and flagged: {}</source>
        <translation>Sera gardé tel quel et signalé : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="212"/>
        <location filename="../../fieldkit/gui/importgrid.py" line="581"/>
        <source>taken {time}, {date}</source>
        <translation>pris à {time}, {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="217"/>
        <source>Taken {} by the camera&apos;s clock (its own record in the file)</source>
        <translation>Pris le {} selon l&apos;horloge de l&apos;appareil (son propre enregistrement dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="218"/>
        <source>taken {}, camera clock</source>
        <translation>pris le {}, horloge de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="225"/>
        <source>No time recorded in the file: its modification time, {} (a copy may have changed it)</source>
        <translation>Aucune heure enregistrée dans le fichier : son heure de modification, {} (une copie a pu la changer)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="226"/>
        <source>file time {time}, {date}</source>
        <translation>heure du fichier {time}, {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="275"/>
        <source>an earlier import from this card</source>
        <translation>une importation antérieure de cette carte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="407"/>
        <source>ALREADY IN</source>
        <translation>DÉJÀ DANS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="408"/>
        <source>KEPT, FLAGGED</source>
        <translation>GARDÉ, SIGNALÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="946"/>
        <source>Into {tag}, case {case}, {category}</source>
        <translation>Dans {tag}, affaire {case}, {category}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1006"/>
        <source>; {} already in the store ({} of them selected: imported again)</source>
        <translation> ; {} déjà dans le coffre ({} sélectionné(s) : importé(s) de nouveau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/importgrid.py" line="1016"/>
        <source>checking %n file(s)…</source>
        <translation>
            <numerusform>vérification de %n fichier…</numerusform>
            <numerusform>vérification de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1037"/>
        <source>Starting the import…</source>
        <translation>Démarrage de l&apos;import…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1044"/>
        <source>Stop the import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1053"/>
        <source>{} of {}: {}</source>
        <translation>{} sur {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1059"/>
        <source>Stopping; what is already stored stays stored…</source>
        <translation>Arrêt en cours ; ce qui est déjà enregistré le reste…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1076"/>
        <source>The import stopped: {} What was stored before stays stored; the item&apos;s Acquisitions say which files.</source>
        <translation>L&apos;import s&apos;est arrêté : {} Ce qui a été enregistré avant le reste ; l&apos;onglet Acquisitions de la pièce indique quels fichiers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1105"/>
        <source>Nothing was added to {tag}</source>
        <translation>Rien n&apos;a été ajouté à {tag}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1107"/>
        <source>{} already there (skipped)</source>
        <translation>{} déjà présent(s) (ignoré(s))</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1110"/>
        <source>{} kept and flagged as damaged or unknown</source>
        <translation>{} conservé(s) et signalé(s) comme endommagé(s) ou inconnu(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/importgrid.py" line="1112"/>
        <source>{} could not be read (the item&apos;s Acquisitions say why)</source>
        <translation>{} illisible(s) (l&apos;onglet Acquisitions de la pièce indique pourquoi)</translation>
    </message>
</context>
<context>
    <name>ItemBanner</name>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="29"/>
        <source>{} · case {} · {}</source>
        <translation>{} · affaire {} · {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="62"/>
        <source>Choose an item</source>
        <translation>Choisir une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="64"/>
        <source>Go to the Evidence page to choose or create the item</source>
        <translation>Aller à la page Pièces pour choisir ou créer la pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="104"/>
        <source>No item selected — choose or create one on the Evidence page</source>
        <translation>Aucune pièce sélectionnée — choisissez-en ou créez-en une dans la page Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itembanner.py" line="107"/>
        <source>Next capture goes to: {}</source>
        <translation>La prochaine saisie va dans : {}</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="175"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="335"/>
        <source>Select or create an item</source>
        <translation>Choisissez ou créez une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="179"/>
        <source>New: next tag</source>
        <translation>Nouvelle : scellé suivant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="180"/>
        <source>A new item with the next tag: EV-0043 -&gt; EV-0044 (Ctrl+Shift+N)</source>
        <translation>Une nouvelle pièce avec le scellé suivant : EV-0043 -&gt; EV-0044 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="187"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="190"/>
        <source>Photos…</source>
        <translation>Photos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="191"/>
        <source>Scan</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="192"/>
        <source>Prints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="193"/>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="200"/>
        <source>What it is, its marks, its state</source>
        <translation>Ce que c&apos;est, ses marques, son état</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="204"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="213"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="216"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="217"/>
        <source>From the photos</source>
        <translation>D&apos;après les photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="221"/>
        <source>Time recovered (this laptop&apos;s clock)</source>
        <translation>Heure de récupération (horloge de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="231"/>
        <source>From the photos&apos; GPS</source>
        <translation>D&apos;après le GPS des photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="239"/>
        <source>Or type a position: 34.5553, 69.2075 or 42SWD1234567890</source>
        <translation>Ou tapez une position : 34.5553, 69.2075 ou 42SWD1234567890</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="244"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="251"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="261"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="329"/>
        <source>Not chosen yet: press one</source>
        <translation>Pas encore choisie : appuyez sur l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="332"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="440"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="590"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="334"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="467"/>
        <location filename="../../fieldkit/gui/itemcard.py" line="601"/>
        <source>Not saved: {}</source>
        <translation>Non enregistré : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="380"/>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="410"/>
        <source>Not saved yet…</source>
        <translation>Pas encore enregistré…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="458"/>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="496"/>
        <source>Not set: press Now, or take it from the photos.</source>
        <translation>Non renseignée : appuyez sur Maintenant, ou prenez-la d&apos;après les photos.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="502"/>
        <source>{} this laptop&apos;s clock ({}) = {} UTC</source>
        <translation>{} à l&apos;horloge de cet ordinateur ({}) = {} UTC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="523"/>
        <source>Reading the photos&apos; times…</source>
        <translation>Lecture de l&apos;heure des photos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="532"/>
        <source>this item has no photos yet</source>
        <translation>cette pièce n&apos;a pas encore de photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="534"/>
        <source>the photos are still being analysed: try again in a moment</source>
        <translation>les photos sont encore en cours d&apos;analyse : réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="536"/>
        <source>the photos carry no time</source>
        <translation>les photos ne portent pas d&apos;heure</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="536"/>
        <source>Not set: {}</source>
        <translation>Non renseignée : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="540"/>
        <source>From the photos: the camera&apos;s clock said {}.</source>
        <translation>D&apos;après les photos : l&apos;horloge de l&apos;appareil photo indiquait {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="541"/>
        <source>From the photos: the camera gave no time zone; read as UTC.</source>
        <translation>D&apos;après les photos : l&apos;appareil photo n&apos;indiquait pas de fuseau horaire ; lue comme UTC.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="569"/>
        <source>Not a position: write decimal degrees (34.5553, 69.2075) or MGRS (42SWD1234567890).</source>
        <translation>Ce n&apos;est pas une position : écrivez des degrés décimaux (34.5553, 69.2075) ou du MGRS (42SWD1234567890).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="595"/>
        <source>New site {} ✓</source>
        <translation>Nouveau site {} ✓</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/itemcard.py" line="596"/>
        <source>Site {} chosen ✓</source>
        <translation>Site {} choisi ✓</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="36"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="37"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="38"/>
        <source>Fingerprint</source>
        <translation>Empreinte digitale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="39"/>
        <source>Audio or video</source>
        <translation>Audio ou vidéo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="40"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>LatentPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="64"/>
        <source>Open latent photo…</source>
        <translation>Ouvrir la photo de la trace…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="79"/>
        <source>Calibrate to 1000 ppi and store</source>
        <translation>Étalonner à 1000 ppp et enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="82"/>
        <source>Open a photo, then click two marks of the ruler.</source>
        <translation>Ouvrez une photo, puis cliquez deux graduations de la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="85"/>
        <source>Distance between the marks</source>
        <translation>Distance entre les graduations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="86"/>
        <source>Impression type</source>
        <translation>Type d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="87"/>
        <source>Finger, if known</source>
        <translation>Doigt, si connu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="115"/>
        <source>Latent photo with a ruler</source>
        <translation>Photo de trace latente avec règle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="127"/>
        <source>This photo cannot be shown.</source>
        <translation>Cette photo ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="162"/>
        <source>Calibrate to 1000 ppi and store in {}</source>
        <translation>Étalonner à 1000 ppp et enregistrer dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="165"/>
        <source>Calibrate and store (choose an item first)</source>
        <translation>Étalonner et enregistrer (choisissez d&apos;abord une pièce)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="168"/>
        <source>Click mark {} of 2 on the ruler.</source>
        <translation>Cliquez la graduation {} sur 2 de la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="171"/>
        <source>{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be resampled to 1000 ppi.</source>
        <translation>{:.0f} pixels entre les graduations : la photo est à {:.0f} ppp ; elle sera rééchantillonnée à 1000 ppp.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="177"/>
        <source>Select the item the print was lifted from, and mark the ruler.</source>
        <translation>Sélectionnez la pièce d&apos;où vient la trace et marquez la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="181"/>
        <source>Calibrating the latent and storing it in {}…</source>
        <translation>Étalonnage de la trace latente et enregistrement dans {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="192"/>
        <source>Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the original.</source>
        <translation>Enregistrée dans {} à 1000 ppp ({} × {} pixels) ; la photo est conservée comme original.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="194"/>
        <source>Latent print added to {}</source>
        <translation>Trace latente ajoutée à {}</translation>
    </message>
</context>
<context>
    <name>LinkPhotoDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="793"/>
        <source>Link a photo to {}</source>
        <translation>Lier une photo à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="796"/>
        <source>A capture of {} that shows {}</source>
        <translation>Une capture de {} qui montre {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="806"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="807"/>
        <source>It shows</source>
        <translation>Elle montre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="809"/>
        <source>This item has no capture yet: take a photo of the sample first.</source>
        <translation>Cet objet n&apos;a pas encore de capture : photographiez d&apos;abord le prélèvement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="811"/>
        <source>Link photo</source>
        <translation>Lier la photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="822"/>
        <source>Choose the capture that shows the sample.</source>
        <translation>Choisissez la capture qui montre le prélèvement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="826"/>
        <source>Say what it shows (Alt+1 to Alt+4).</source>
        <translation>Indiquez ce qu&apos;elle montre (Alt+1 à Alt+4).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="123"/>
        <location filename="../../fieldkit/gui/lockscreen.py" line="155"/>
        <source>New fieldkit store</source>
        <translation>Nouveau magasin fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="124"/>
        <location filename="../../fieldkit/gui/lockscreen.py" line="155"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit est verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="129"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="130"/>
        <source>Create the store…</source>
        <translation>Créer le coffre…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/lockscreen.py" line="144"/>
        <source>Last operator: {}</source>
        <translation>Dernier opérateur : {}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="297"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="299"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="303"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="309"/>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="310"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="311"/>
        <source>Verify (HQ)</source>
        <translation>Vérifier (QG)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="312"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/mainwindow.py" line="494"/>
        <source>The store opened, but it skipped %n key slot file(s) that are damaged or not made by fieldkit: {}. Someone may have tampered with the store folder; tell your evidence technician.</source>
        <translation>
            <numerusform>Le coffre s&apos;est ouvert, mais il a ignoré %n fichier d&apos;emplacement de clé endommagé ou non créé par fieldkit : {}. Quelqu&apos;un a peut-être modifié le dossier du coffre ; prévenez votre technicien de preuves.</numerusform>
            <numerusform>Le coffre s&apos;est ouvert, mais il a ignoré %n fichiers d&apos;emplacement de clé endommagés ou non créés par fieldkit : {}. Quelqu&apos;un a peut-être modifié le dossier du coffre ; prévenez votre technicien de preuves.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="502"/>
        <source>The lock closed: {}. Nothing of it was applied; open it again to continue.</source>
        <translation>Le verrouillage a fermé : {}. Rien n&apos;en a été appliqué ; ouvrez-le de nouveau pour continuer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="549"/>
        <source>a dialog</source>
        <translation>une fenêtre de dialogue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="570"/>
        <location filename="../../fieldkit/gui/mainwindow.py" line="633"/>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="621"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="622"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="623"/>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="624"/>
        <source>Next item</source>
        <translation>Pièce suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="625"/>
        <source>Previous item</source>
        <translation>Pièce précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="626"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="627"/>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="634"/>
        <location filename="../../fieldkit/gui/samplepart.py" line="74"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="635"/>
        <source>Import watchlist…</source>
        <translation>Importer la liste de surveillance…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="636"/>
        <source>Import the watchlist file HQ made for this device</source>
        <translation>Importer le fichier de liste de surveillance que le QG a préparé pour cet appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="637"/>
        <source>Watchlist hits…</source>
        <translation>Alertes de la liste de surveillance…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="638"/>
        <source>Every watchlist hit on this device: open, confirmed or rejected, and why</source>
        <translation>Toutes les alertes de la liste de surveillance sur cet appareil : en attente, confirmées ou rejetées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="639"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="640"/>
        <source>Save what was typed, close the store and leave fieldkit</source>
        <translation>Enregistrer ce qui a été saisi, fermer le magasin et quitter fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="651"/>
        <source>UNLOCKED</source>
        <translation>DÉVERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="651"/>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="653"/>
        <source>Operator: {}</source>
        <translation>Opérateur : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="654"/>
        <source>Not yet bundled: {}</source>
        <translation>Pas encore en lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="658"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>Disque libre : {:.1f} Go</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="677"/>
        <source>Import the watchlist file from HQ</source>
        <translation>Importer le fichier de liste de surveillance du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="685"/>
        <source>Importing the watchlist…</source>
        <translation>Importation de la liste de surveillance…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="689"/>
        <source>Watchlist v{} imported: {} entries, expires {}.</source>
        <translation>Liste de surveillance v{} importée : {} entrées, expire le {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="695"/>
        <location filename="../../fieldkit/gui/mainwindow.py" line="696"/>
        <source>The watchlist was not imported: {}</source>
        <translation>La liste de surveillance n&apos;a pas été importée : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="752"/>
        <source>Hit on {} confirmed and recorded.</source>
        <translation>Correspondance avec {} confirmée et enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="754"/>
        <source>Hit on {} rejected and recorded.</source>
        <translation>Correspondance avec {} rejetée et enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="562"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>Le coffre a été effacé : personne ne peut plus l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="82"/>
        <location filename="../../fieldkit/gui/player.py" line="143"/>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="85"/>
        <source>Play or pause (Space)</source>
        <translation>Lire ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="113"/>
        <source>No sound in this recording.</source>
        <translation>Pas de son dans cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="130"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="206"/>
        <source>Decrypting the recording…</source>
        <translation>Déchiffrement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="232"/>
        <source>This part of the recording cannot be played ({}); the original is kept unchanged.</source>
        <translation>Cette partie de l&apos;enregistrement ne peut pas être lue ({}) ; l&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="236"/>
        <source>unexpected error in playback ({})</source>
        <translation>erreur inattendue pendant la lecture ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="248"/>
        <source>Damaged from {}: {}</source>
        <translation>Endommagé à partir de {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="329"/>
        <source>Press Play to see the recording.</source>
        <translation>Appuyez sur Lire pour voir l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="331"/>
        <source>♪ Sound only</source>
        <translation>♪ Son uniquement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="384"/>
        <source>Sound unavailable: this computer has no audio output.</source>
        <translation>Son indisponible : cet ordinateur n&apos;a pas de sortie audio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="387"/>
        <source>Sound unavailable: the audio output does not play {} Hz.</source>
        <translation>Son indisponible : la sortie audio ne prend pas en charge {} Hz.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="393"/>
        <source>Sound: {}</source>
        <translation>Son : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="397"/>
        <source>The pictures play alone.</source>
        <translation>Les images sont lues sans le son.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="414"/>
        <source>Sound unavailable: the audio output did not start.</source>
        <translation>Son indisponible : la sortie audio n&apos;a pas démarré.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="179"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="218"/>
        <source>×{}</source>
        <translation>×{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/messages.py" line="220"/>
        <source>{} more</source>
        <translation>{} de plus</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="148"/>
        <source>Move {} from {}</source>
        <translation>Déplacer {} depuis {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="152"/>
        <source>Search tag, case, category, description</source>
        <translation>Rechercher scellé, affaire, catégorie, description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="167"/>
        <location filename="../../fieldkit/gui/capture_actions.py" line="273"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="168"/>
        <source>{} is now in {} / {}. Move to item:</source>
        <translation>{} — actuellement dans {} / {}. Déplacer vers la pièce :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="273"/>
        <source>Move to {}</source>
        <translation>Déplacer vers {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="218"/>
        <location filename="../../fieldkit/gui/capture_actions.py" line="278"/>
        <source>Choose the item to move to.</source>
        <translation>Choisissez la pièce de destination.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="89"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="96"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>scellé, p. ex. EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="102"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="104"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>Lire le scellé sur une photo de son code-barres…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="108"/>
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="111"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="112"/>
        <source>Same site as the previous item: {}</source>
        <translation>Même site que la pièce précédente : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="142"/>
        <source>Type the case this item belongs to.</source>
        <translation>Tapez l&apos;affaire à laquelle appartient cette pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="145"/>
        <source>Type the evidence tag (or read it from a photo of its barcode).</source>
        <translation>Tapez le scellé (ou lisez-le sur une photo de son code-barres).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="156"/>
        <source>{} is already an item of {}: type another tag.</source>
        <translation>{} est déjà une pièce de {} : tapez un autre scellé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="188"/>
        <source>Photo of the tag</source>
        <translation>Photo du scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="196"/>
        <source>Read from the photo: {}</source>
        <translation>Lu sur la photo : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="198"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>Aucun code-barres ni QR code trouvé : tapez le scellé.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="125"/>
        <source>New subject</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="131"/>
        <source>e.g. S-0001</source>
        <translation>p. ex. S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="136"/>
        <source>three letters, e.g. SYR</source>
        <translation>trois lettres, p. ex. SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="145"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="146"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="147"/>
        <source>Name given (claimed)</source>
        <translation>Nom déclaré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="148"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="149"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="150"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="151"/>
        <source>Only the case and the reference are needed; the rest can be added later.</source>
        <translation>Seuls l&apos;affaire et la référence sont nécessaires ; le reste peut être ajouté plus tard.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Last attempt</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="56"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="84"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="85"/>
        <source>uploading {}%</source>
        <translation>envoi {} %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="85"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="86"/>
        <source>verifying at HQ</source>
        <translation>vérification au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="86"/>
        <source>acknowledged by HQ</source>
        <translation>accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="88"/>
        <source>REJECTED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="90"/>
        <source>acknowledged by HQ (it already had it)</source>
        <translation>accusé de réception du QG (il l&apos;avait déjà)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="100"/>
        <source>Tried {}: {}</source>
        <translation>Essai du {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="100"/>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="234"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>Double-cliquez un lot pour voir l&apos;accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="241"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="244"/>
        <source>Send the selected bundle again</source>
        <translation>Renvoyer le lot sélectionné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="247"/>
        <source>Free space…</source>
        <translation>Libérer de la place…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="249"/>
        <source>Remove from this laptop what HQ acknowledged with a verified receipt</source>
        <translation>Retirer de cet ordinateur ce dont le QG a accusé réception (accusé vérifié)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="251"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>Envoyer automatiquement dès que le QG répond</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="325"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} en attente, {} reçus par le QG, {} refusés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="328"/>
        <source>HQ: {}</source>
        <translation>QG : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="330"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>Pas encore d&apos;adresse du QG : importez un fichier de provisionnement qui en contient une (Réglages). Les lots peuvent toujours voyager sur un support amovible.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="334"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="341"/>
        <source>Asking HQ…</source>
        <translation>Interrogation du QG…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="337"/>
        <source>Already sending.</source>
        <translation>Envoi déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="348"/>
        <source>Sending bundle {} to HQ: {:.1f} of {:.1f} MB</source>
        <translation>Envoi du lot {} au QG : {:.1f} sur {:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="365"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>Le QG a répondu ; la boîte d&apos;envoi est à jour.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="366"/>
        <source>HQ did not answer at {}: bundles wait and go when it does.</source>
        <translation>Le QG n&apos;a pas répondu à {} : les lots attendent et partiront dès qu&apos;il répondra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/outbox.py" line="384"/>
        <source>Safe at HQ (acknowledged with a verified receipt): %n capture(s), {:.1f} MB.
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>
            <numerusform>En sécurité au QG (accusé de réception vérifié) : %n saisie, {:.1f} Mo.
La retirer définitivement de cet ordinateur ? Tapez REMOVE pour confirmer :</numerusform>
            <numerusform>En sécurité au QG (accusé de réception vérifié) : %n saisies, {:.1f} Mo.
Les retirer définitivement de cet ordinateur ? Tapez REMOVE pour confirmer :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/outbox.py" line="393"/>
        <source>Removed %n capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>
            <numerusform>%n saisie retirée ; le QG la détient et le journal de traçabilité garde son empreinte.</numerusform>
            <numerusform>%n saisies retirées ; le QG les détient et le journal de traçabilité garde leurs empreintes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="378"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>Rien à retirer : aucune saisie n&apos;est dans un lot reçu par le QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="382"/>
        <source>Free space</source>
        <translation>Libérer de la place</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="388"/>
        <source>Nothing removed.</source>
        <translation>Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="403"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>Lot {} : pas encore d&apos;accusé de réception du QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="406"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>Lot {} — accusé signé par le QG ({}), signature vérifiée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="408"/>
        <source>Verdict: {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="409"/>
        <source>Received: {}</source>
        <translation>Reçu : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="410"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 du fichier envoyé : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="411"/>
        <source>Bundle id: {}</source>
        <translation>Identifiant du lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="414"/>
        <source>Reason: {}: {}</source>
        <translation>Motif : {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="419"/>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="174"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="203"/>
        <source>Cancelled: {}</source>
        <translation>Annulé : {}</translation>
    </message>
</context>
<context>
    <name>ProvisionedDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="56"/>
        <source>Provisioning file imported</source>
        <translation>Fichier de provisionnement importé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/dialogs.py" line="57"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>Provisionné : %n nouveau destinataire</numerusform>
            <numerusform>Provisionné : %n nouveaux destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="63"/>
        <source>Compare these with what HQ tells you (in person or over the phone) before sending anything: a file swapped on the way would send the evidence to someone else&apos;s key.</source>
        <translation>Comparez ces valeurs avec ce que le QG vous indique (en personne ou par téléphone) avant tout envoi : un fichier échangé en chemin enverrait les preuves vers la clé de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="67"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="68"/>
        <source>HQ recipient</source>
        <translation>Destinataire du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="70"/>
        <source>HQ signing key</source>
        <translation>Clé de signature du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="71"/>
        <source>Sends to</source>
        <translation>Envoie à</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="72"/>
        <source>Server certificate (SHA-256)</source>
        <translation>Certificat du serveur (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="74"/>
        <source>AFIS agency codes (ORI, DAI)</source>
        <translation>Codes d&apos;agence AFIS (ORI, DAI)</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="109"/>
        <location filename="../../fieldkit/gui/dialogs.py" line="124"/>
        <source>Provisioning file</source>
        <translation>Fichier de provisionnement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="110"/>
        <source>Provisioning file from HQ (*.json);;All files (*)</source>
        <translation>Fichier de provisionnement du QG (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="126"/>
        <source>The provisioning file was not imported: {}</source>
        <translation>Le fichier de provisionnement n&apos;a pas été importé : {}</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>QUARANTINED: do not use this bundle</source>
        <translation>EN QUARANTAINE : n&apos;utilisez pas ce lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="169"/>
        <source>What to do: {}</source>
        <translation>Que faire : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="170"/>
        <source>Bundle: {}
What the check found: {} ({})</source>
        <translation>Lot : {}
Résultat du contrôle : {} ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="177"/>
        <source>A copy of this file is kept in HQ&apos;s quarantine, with the reason beside it: {}</source>
        <translation>Une copie de ce fichier est gardée dans la quarantaine du QG, avec la raison à côté : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="181"/>
        <source>This file was already in HQ&apos;s quarantine (same SHA-256), no second copy made: {}</source>
        <translation>Ce fichier était déjà dans la quarantaine du QG (même SHA-256), aucune seconde copie faite : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="185"/>
        <source>No copy could be kept in HQ&apos;s quarantine: {}. Keep the file safe yourself.</source>
        <translation>Aucune copie n&apos;a pu être gardée dans la quarantaine du QG : {}. Mettez vous-même le fichier en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="439"/>
        <source>Reject watchlist hit</source>
        <translation>Rejeter la correspondance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="441"/>
        <source>Why is the capture not {}? The custody log keeps your reason.</source>
        <translation>Pourquoi la capture n&apos;est-elle pas {} ? Le journal de traçabilité garde votre motif.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="446"/>
        <source>e.g. a different person: face shape, age or scars do not match</source>
        <translation>ex. une autre personne : forme du visage, âge ou cicatrices ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="448"/>
        <source>e.g. different pattern type; core and delta do not correspond</source>
        <translation>p. ex. type de dessin différent ; noyau et delta ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="451"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="745"/>
        <source>{} received by the laboratory</source>
        <translation>{} reçu par le laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="750"/>
        <source>{} from {}, shipped under manifest {}</source>
        <translation>{} de {}, expédié sous le bordereau {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="754"/>
        <source>who signed for it at the laboratory</source>
        <translation>qui l&apos;a signé au laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="755"/>
        <source>the laboratory&apos;s reference</source>
        <translation>la référence du laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="757"/>
        <source>Seal intact</source>
        <translation>Scellé intact</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="757"/>
        <source>Seal broken or missing</source>
        <translation>Scellé rompu ou absent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="760"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="761"/>
        <source>Lab reference</source>
        <translation>Réf. du laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="762"/>
        <source>Seal {}</source>
        <translation>Scellé {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="763"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="765"/>
        <source>Record receipt</source>
        <translation>Enregistrer la réception</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="771"/>
        <source>Type who received it at the laboratory.</source>
        <translation>Tapez qui l&apos;a reçu au laboratoire.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="775"/>
        <source>Say whether the seal arrived intact (Alt+1) or not (Alt+2).</source>
        <translation>Indiquez si le scellé est arrivé intact (Alt+1) ou non (Alt+2).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="36"/>
        <source>fieldkit verification report</source>
        <translation>Rapport de vérification fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="37"/>
        <source>fieldkit verification report: QUARANTINED</source>
        <translation>Rapport de vérification fieldkit : EN QUARANTAINE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="38"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>VALIDE : authentique, complet et inaltéré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="39"/>
        <source>QUARANTINED — do not use: unverified content is not reproduced here</source>
        <translation>EN QUARANTAINE — ne pas utiliser : le contenu non vérifié n&apos;est pas reproduit ici</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="40"/>
        <source>Bundle:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="41"/>
        <source>File SHA-256:</source>
        <translation>SHA-256 du fichier :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="42"/>
        <source>Reason code:</source>
        <translation>Code du motif :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="43"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="45"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="46"/>
        <source>check</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="47"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="48"/>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="49"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="50"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="52"/>
        <source>Device and sequence</source>
        <translation>Appareil et séquence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="53"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="54"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="55"/>
        <source>bundle</source>
        <translation>lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="56"/>
        <source>{bundle}, number {sequence}</source>
        <translation>{bundle}, numéro {sequence}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="57"/>
        <source>previous bundle&apos;s tag manifest</source>
        <translation>manifeste des étiquettes du lot précédent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="58"/>
        <source>this bundle&apos;s tag manifest</source>
        <translation>manifeste des étiquettes de ce lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="59"/>
        <source>numbers abandoned before</source>
        <translation>numéros abandonnés auparavant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="60"/>
        <source>custody entries</source>
        <translation>entrées de traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="61"/>
        <source>{first} to {last}</source>
        <translation>{first} à {last}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="62"/>
        <source>created</source>
        <translation>créé le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="64"/>
        <source>Items</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="65"/>
        <source>{tag} ({category}), case {case}</source>
        <translation>{tag} ({category}), affaire {case}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="66"/>
        <source>capture</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="67"/>
        <source>kind</source>
        <translation>genre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="68"/>
        <source>media type</source>
        <translation>type de média</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="69"/>
        <source>original name</source>
        <translation>nom d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="70"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="71"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="72"/>
        <source>captured</source>
        <translation>saisi le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="73"/>
        <source>acquired from</source>
        <translation>acquis depuis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="74"/>
        <source>analysis</source>
        <translation>analyse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="75"/>
        <source>{path} in archive {archive}</source>
        <translation>{path} dans l&apos;archive {archive}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="76"/>
        <source>{name} (capture {id})</source>
        <translation>{name} (saisie {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="77"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="78"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="79"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="80"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="81"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="83"/>
        <source>Left out</source>
        <translation>Laissés de côté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="86"/>
        <source>Products the device could not derive from these captures; the originals travel all the same.</source>
        <translation>Produits dérivés que l&apos;appareil n&apos;a pas pu tirer de ces saisies ; les originaux voyagent quand même.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="87"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="88"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="90"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="95"/>
        <source>Changes made on the device after earlier bundles carried these captures, items, subjects or sites; HQ keeps the originals and applies these in order.</source>
        <translation>Modifications faites sur l&apos;appareil après que des lots antérieurs ont transporté ces saisies, pièces, personnes ou sites ; le QG garde les originaux et les applique dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="96"/>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="97"/>
        <source>at HQ</source>
        <translation>au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="98"/>
        <source>waiting: HQ has not received the original yet</source>
        <translation>en attente : le QG n&apos;a pas encore reçu l&apos;original</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="99"/>
        <source>applies to what HQ holds</source>
        <translation>s&apos;applique à ce que détient le QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="101"/>
        <source>Watchlist hits</source>
        <translation>Correspondances avec la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="106"/>
        <source>Found on the device against its watchlist, with the operator&apos;s decision when the bundle was made (a later decision travels in a later bundle).</source>
        <translation>Trouvées sur l&apos;appareil avec sa liste de surveillance, avec la décision de l&apos;opérateur au moment où le lot a été fait (une décision ultérieure voyage dans un lot ultérieur).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="107"/>
        <source>subject / item</source>
        <translation>personne / pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="108"/>
        <source>finger</source>
        <translation>doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="109"/>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="110"/>
        <source>watchlist entry</source>
        <translation>entrée de la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="111"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="112"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="113"/>
        <source>found</source>
        <translation>trouvée le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="114"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="115"/>
        <source>OPEN: no decision on the device yet</source>
        <translation>OUVERTE : pas encore de décision sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="116"/>
        <source>CONFIRMED by {operator} {time}</source>
        <translation>CONFIRMÉE par {operator} {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="117"/>
        <source>REJECTED by {operator} {time}</source>
        <translation>REJETÉE par {operator} {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="118"/>
        <source>{decision}: {reason}</source>
        <translation>{decision} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="119"/>
        <source>Same person at HQ</source>
        <translation>Même personne au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="124"/>
        <source>Subjects of other devices (or other subjects), and entries of HQ&apos;s watchlist, whose fingerprints match this bundle&apos;s subjects: candidates for an examiner (&apos;fieldkit hq matches&apos;); nothing is merged.</source>
        <translation>Personnes d&apos;autres appareils (ou d&apos;autres personnes), et entrées de la liste de surveillance du QG, dont les empreintes correspondent aux personnes de ce lot : des candidats pour un examinateur (&apos;fieldkit hq matches&apos;) ; rien n&apos;est fusionné.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="125"/>
        <source>None found (or the bundle is not ingested yet).</source>
        <translation>Aucun trouvé (ou le lot n&apos;est pas encore intégré).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="126"/>
        <source>subject A</source>
        <translation>personne A</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="127"/>
        <source>subject B</source>
        <translation>personne B</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="128"/>
        <source>fingers</source>
        <translation>doigts</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="129"/>
        <source>examiner</source>
        <translation>examinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="130"/>
        <source>{reference} (device {device}, bundles {bundles})</source>
        <translation>{reference} (appareil {device}, lots {bundles})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="131"/>
        <source>HQ watchlist entry {reference} ({instructions})</source>
        <translation>entrée {reference} de la liste de surveillance du QG ({instructions})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="132"/>
        <source>HQ watchlist entry {reference} [{category}] ({instructions})</source>
        <translation>entrée {reference} de la liste de surveillance du QG [{category}] ({instructions})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="133"/>
        <source>open</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="134"/>
        <source>same</source>
        <translation>même personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="135"/>
        <source>different</source>
        <translation>personnes différentes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="136"/>
        <source>undecided</source>
        <translation>indécis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="138"/>
        <source>Custody timeline</source>
        <translation>Chronologie de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="139"/>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="140"/>
        <source>what happened</source>
        <translation>ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="141"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="142"/>
        <source>performer</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="143"/>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="145"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="146"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="147"/>
        <source>What the check found: {message} (reason code {code})</source>
        <translation>Ce que le contrôle a trouvé : {message} (code du motif {code})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="148"/>
        <source>The bundle file</source>
        <translation>Le fichier du lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="149"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="150"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="151"/>
        <source>SHA-256 (of the file as HQ read it)</source>
        <translation>SHA-256 (du fichier tel que le QG l&apos;a lu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="152"/>
        <source>copy kept in quarantine</source>
        <translation>copie gardée en quarantaine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="153"/>
        <source>This report</source>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="154"/>
        <source>made</source>
        <translation>fait le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="155"/>
        <source>HQ folder</source>
        <translation>Dossier du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="156"/>
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="158"/>
        <source>decryption</source>
        <translation>déchiffrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="159"/>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="160"/>
        <source>tag files</source>
        <translation>fichiers d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="161"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="162"/>
        <source>tag manifest</source>
        <translation>manifeste des étiquettes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="163"/>
        <source>bundle description</source>
        <translation>description du lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="164"/>
        <source>bag description</source>
        <translation>description du sac</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="165"/>
        <source>payload files</source>
        <translation>fichiers du contenu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="166"/>
        <source>custody log</source>
        <translation>journal de garde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="167"/>
        <source>fingerprints</source>
        <translation>empreintes digitales</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="168"/>
        <source>identification</source>
        <translation>identification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="169"/>
        <source>left out</source>
        <translation>laissés de côté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="170"/>
        <source>end of the file</source>
        <translation>fin du fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="171"/>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="172"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="173"/>
        <source>samples</source>
        <translation>échantillons</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="174"/>
        <source>amendments</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="176"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="181"/>
        <source>Physical samples (DNA) taken from items, as they stood when the bundle was made; each custody step in this bundle&apos;s range matches the signed custody log.</source>
        <translation>Échantillons physiques (ADN) prélevés sur les objets, tels qu&apos;ils étaient à la création du lot ; chaque étape de garde comprise dans ce lot correspond au journal de garde signé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="182"/>
        <source>case / item</source>
        <translation>affaire / objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="183"/>
        <source>sample</source>
        <translation>échantillon</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="184"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="185"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="186"/>
        <source>holder</source>
        <translation>détenteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="187"/>
        <source>seal</source>
        <translation>scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="188"/>
        <source>manifest</source>
        <translation>bordereau</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="189"/>
        <source>custody steps</source>
        <translation>étapes de garde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/hq/reportwords.py" line="190"/>
        <source>{what} ({operator}, {time})</source>
        <translation>{what} ({operator}, {time})</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="172"/>
        <source>Resolution of the print</source>
        <translation>Résolution de l&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="178"/>
        <source>The file of {} does not give a print&apos;s resolution. A wrong one makes every ridge the wrong size: state it only if you know it (the scanner&apos;s setting, or the scale on the card). Ten-print scanners and cards are usually 500 ppi, latent photos 1000 ppi. Until it is set, the print is kept but not scored or searched.</source>
        <translation>Le fichier de {} n&apos;indique pas la résolution de l&apos;empreinte. Une résolution fausse donne à chaque crête une mauvaise taille : indiquez-la seulement si vous la connaissez (le réglage du lecteur, ou l&apos;échelle de la fiche). Les lecteurs et fiches décadactylaires sont d&apos;ordinaire à 500 ppp, les photos de traces à 1000 ppp. Tant qu&apos;elle n&apos;est pas indiquée, l&apos;empreinte est conservée mais ni notée ni recherchée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="191"/>
        <source>how you know it, e.g. scanner set to 500 ppi</source>
        <translation>comment vous la connaissez, ex. lecteur réglé à 500 ppp</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="194"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="196"/>
        <source>Finger</source>
        <translation>Doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="199"/>
        <source>How it is known</source>
        <translation>Comment elle est connue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="202"/>
        <source>Confirm resolution</source>
        <translation>Confirmer la résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="204"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="67"/>
        <source>Swab</source>
        <translation>Écouvillon</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="68"/>
        <source>Touch DNA</source>
        <translation>ADN de contact</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="69"/>
        <source>Saliva</source>
        <translation>Salive</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="70"/>
        <source>Blood</source>
        <translation>Sang</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="71"/>
        <source>Hair</source>
        <translation>Cheveux</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="72"/>
        <source>Tissue</source>
        <translation>Tissu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="73"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="81"/>
        <source>NOT SEALED</source>
        <translation>NON SCELLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="82"/>
        <source>SEALED</source>
        <translation>SCELLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="83"/>
        <source>HANDED OVER</source>
        <translation>REMIS</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="84"/>
        <source>SHIPPED</source>
        <translation>EXPÉDIÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="85"/>
        <source>RECEIVED BY THE LAB</source>
        <translation>REÇU PAR LE LABO</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="89"/>
        <source>HANDED OVER, NOT SEALED</source>
        <translation>REMIS, NON SCELLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="94"/>
        <source>in transit with {}</source>
        <translation>en transit avec {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="96"/>
        <source>received by {}</source>
        <translation>reçu par {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="97"/>
        <source>held by {}</source>
        <translation>détenu par {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="103"/>
        <source>The sample</source>
        <translation>Le prélèvement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="104"/>
        <source>Its sealed packaging</source>
        <translation>Son emballage scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="105"/>
        <source>The spot it was taken from</source>
        <translation>L&apos;endroit du prélèvement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="106"/>
        <source>Its tag</source>
        <translation>Son étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="846"/>
        <source>Collected ({})</source>
        <translation>Prélevé ({})</translation>
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
        <translation>Scellé : scellé {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="854"/>
        <source>(replaces seal {})</source>
        <translation>(remplace le scellé {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="859"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="861"/>
        <source>Handed over, not sealed</source>
        <translation>Remis, non scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="864"/>
        <source>the receiver&apos;s passphrase</source>
        <translation>la phrase secrète du destinataire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="865"/>
        <source>typed: {}</source>
        <translation>tapé : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="869"/>
        <source>Shipped, manifest {}</source>
        <translation>Expédié, bordereau {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="876"/>
        <source>seal intact</source>
        <translation>scellé intact</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="878"/>
        <source>SEAL BROKEN OR MISSING</source>
        <translation>SCELLÉ ROMPU OU ABSENT</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="881"/>
        <source>Received by the laboratory</source>
        <translation>Reçu par le laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="882"/>
        <source>ref. {}</source>
        <translation>réf. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="885"/>
        <source>Photo linked: {}</source>
        <translation>Photo liée : {}</translation>
    </message>
</context>
<context>
    <name>SamplesPart</name>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="172"/>
        <source>Add sample ({})</source>
        <translation>Ajouter un prélèvement ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="174"/>
        <source>Record a sample taken from this item: swab, touch DNA, hair… ({})</source>
        <translation>Enregistrer un prélèvement effectué sur cet objet : écouvillon, ADN de contact, cheveux… ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="177"/>
        <source>Seal…</source>
        <translation>Sceller…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="178"/>
        <source>Hand over…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="176"/>
        <source>Shipped…</source>
        <translation>Expédié…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="179"/>
        <source>Received…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="180"/>
        <source>Link photo…</source>
        <translation>Lier une photo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="181"/>
        <source>Custody…</source>
        <translation>Garde…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="182"/>
        <source>Save manifest…</source>
        <translation>Enregistrer le bordereau…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="185"/>
        <source>Sealed samples of this case under one manifest number</source>
        <translation>Prélèvements scellés de cette affaire sous un même numéro de bordereau</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="186"/>
        <source>Every step of the selected sample (Enter in the list)</source>
        <translation>Chaque étape du prélèvement sélectionné (Entrée dans la liste)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="187"/>
        <source>The shipping manifest as a page to print on A4</source>
        <translation>Le bordereau d&apos;envoi, en page à imprimer sur A4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="201"/>
        <source>No sample recorded for this item. Press {} to add one.</source>
        <translation>Aucun prélèvement enregistré pour cet objet. Appuyez sur {} pour en ajouter un.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="261"/>
        <source>Samples ({})</source>
        <translation>Prélèvements ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="285"/>
        <source>seal {}</source>
        <translation>scellé {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="285"/>
        <source>no seal yet</source>
        <translation>pas encore scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="287"/>
        <source>manifest {}</source>
        <translation>bordereau {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="377"/>
        <source>Shipment {} recorded</source>
        <translation>Envoi {} enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="379"/>
        <source>Save its manifest to print it: {}</source>
        <translation>Enregistrez son bordereau pour l&apos;imprimer : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="405"/>
        <source>Sample {} recorded</source>
        <translation>Prélèvement {} enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="412"/>
        <source>{} sealed</source>
        <translation>{} scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="419"/>
        <source>{} handed over</source>
        <translation>{} remis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="431"/>
        <source>Shipment recorded</source>
        <translation>Expédition enregistrée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="439"/>
        <source>{} received by the laboratory</source>
        <translation>{} reçu par le laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="447"/>
        <source>Photo linked to {}</source>
        <translation>Photo liée à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="483"/>
        <source>Save the manifest of {}</source>
        <translation>Enregistrer le bordereau {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="484"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/samplepart.py" line="494"/>
        <source>Manifest {} saved to {}: open it in a browser and print it on A4.</source>
        <translation>Bordereau {} enregistré dans {} : ouvrez-le dans un navigateur et imprimez-le sur A4.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="55"/>
        <source>Look for scanners</source>
        <translation>Chercher les scanners</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="65"/>
        <source>Grey</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="66"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="97"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="67"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="72"/>
        <source>Flatbed (one page)</source>
        <translation>Vitre (une page)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="73"/>
        <source>Document feeder (all pages)</source>
        <translation>Chargeur (toutes les pages)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="74"/>
        <source>Feeder, both sides</source>
        <translation>Chargeur, recto verso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="80"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="83"/>
        <source>Scan into the current item</source>
        <translation>Numériser dans la pièce en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="94"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="96"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="98"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="127"/>
        <source>Scan into {}</source>
        <translation>Numériser dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="128"/>
        <source>Scan (choose an item first)</source>
        <translation>Numériser (choisissez d&apos;abord une pièce)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="143"/>
        <source>Looking for scanners…</source>
        <translation>Recherche des scanners…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="156"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>Aucun scanner trouvé. Branchez-en un et allumez-le.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="175"/>
        <source>Preview (not stored).</source>
        <translation>Aperçu (non enregistré).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="185"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="192"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="193"/>
        <source>Scanning into {}…</source>
        <translation>Numérisation dans {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="196"/>
        <source>Scanning into {}: page {} scanned…</source>
        <translation>Numérisation dans {} : page {} numérisée…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/scanner.py" line="203"/>
        <source>Stored %n page(s) as capture #{} in {}</source>
        <translation>
            <numerusform>%n page enregistrée, saisie n° {} dans {}</numerusform>
            <numerusform>%n pages enregistrées, saisie n° {} dans {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/scanner.py" line="205"/>
        <source>%n scanned page(s) added to {}</source>
        <translation>
            <numerusform>%n page numérisée ajoutée à {}</numerusform>
            <numerusform>%n pages numérisées ajoutées à {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="197"/>
        <source>Scanned page {}…</source>
        <translation>Page {} numérisée…</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="526"/>
        <source>Seal {}</source>
        <translation>Sceller {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="529"/>
        <source>Seal {} from {}</source>
        <translation>Sceller {} de {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="530"/>
        <source>the number on the seal</source>
        <translation>le numéro inscrit sur le scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="535"/>
        <source>Sealed now with {}: a new seal replaces it.</source>
        <translation>Scellé actuellement avec {} : un nouveau scellé le remplace.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="537"/>
        <source>Seal number</source>
        <translation>Numéro de scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="538"/>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="539"/>
        <source>Storage</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="541"/>
        <source>Seal</source>
        <translation>Sceller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="547"/>
        <source>Type the number on the seal.</source>
        <translation>Tapez le numéro inscrit sur le scellé.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="53"/>
        <source>Add operator…</source>
        <translation>Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="55"/>
        <source>Remove operator</source>
        <translation>Retirer l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="57"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="61"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Night (dim, red)</source>
        <translation>Nuit (sombre, rouge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="72"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>{} %</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="86"/>
        <source>Import provisioning file…</source>
        <translation>Importer le fichier de provisionnement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="88"/>
        <source>Emergency wipe…</source>
        <translation>Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="106"/>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="109"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="110"/>
        <source>Store location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="111"/>
        <source>Device key fingerprint</source>
        <translation>Empreinte de la clé de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="112"/>
        <source>Enrolment at HQ</source>
        <translation>Enrôlement au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="148"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="148"/>
        <source>New passphrase for {}:</source>
        <translation>Nouvelle phrase secrète pour {} :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Type it again:</source>
        <translation>Retapez-la :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="157"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="157"/>
        <source>Operator name:</source>
        <translation>Nom de l&apos;opérateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="164"/>
        <source>Added operator {}</source>
        <translation>Opérateur {} ajouté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="172"/>
        <source>Removed operator {}</source>
        <translation>Opérateur {} retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="184"/>
        <source>Changed the passphrase of {}</source>
        <translation>Phrase secrète de {} changée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/settings.py" line="192"/>
        <source>Provisioned: %n new recipient(s)</source>
        <translation>
            <numerusform>Provisionné : %n nouveau destinataire</numerusform>
            <numerusform>Provisionné : %n nouveaux destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="199"/>
        <source>Emergency wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="200"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>Ceci détruit toutes les clés : personne ne pourra plus jamais ouvrir ce coffre.
Tapez WIPE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="203"/>
        <source>Wipe cancelled.</source>
        <translation>Effacement annulé.</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="671"/>
        <source>Mark samples of {} shipped</source>
        <translation>Marquer des prélèvements de {} comme expédiés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="674"/>
        <source>Samples of {} / {} that leave in one parcel</source>
        <translation>Prélèvements de {} / {} qui partent dans un même colis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="681"/>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="691"/>
        <source>seal {}</source>
        <translation>scellé {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="684"/>
        <source>Other items of {}:</source>
        <translation>Autres objets de {} :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="694"/>
        <source>the manifest number on the parcel</source>
        <translation>le numéro de bordereau sur le colis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="695"/>
        <source>e.g. Central forensic laboratory</source>
        <translation>p. ex. laboratoire central de police scientifique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="696"/>
        <source>who carries it</source>
        <translation>qui le transporte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="697"/>
        <source>Samples (Space ticks)</source>
        <translation>Prélèvements (Espace coche)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="698"/>
        <source>Manifest number</source>
        <translation>Numéro de bordereau</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="699"/>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="700"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="728"/>
        <source>Mark {} shipped</source>
        <translation>Marquer {} comme expédiés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="733"/>
        <source>Tick the samples in the parcel (Space ticks the one selected).</source>
        <translation>Cochez les prélèvements du colis (Espace coche celui sélectionné).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="736"/>
        <source>Type the manifest number written on the parcel.</source>
        <translation>Tapez le numéro de bordereau inscrit sur le colis.</translation>
    </message>
</context>
<context>
    <name>SourceTroubles</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="130"/>
        <source>{} ({}) is not available: {}</source>
        <translation>{} ({}) n&apos;est pas disponible : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="130"/>
        <source>it is not set up on this computer</source>
        <translation>il n&apos;est pas configuré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="132"/>
        <source>{} ({}) failed: {}</source>
        <translation>{} ({}) a échoué : {}</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="895"/>
        <source>Custody of {}</source>
        <translation>Garde de {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="899"/>
        <source>{} from {} / {}</source>
        <translation>{} de {} / {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="902"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="907"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="908"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="909"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="910"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="911"/>
        <source>Confirmed by</source>
        <translation>Confirmé par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="952"/>
        <source>Photos linked:</source>
        <translation>Photos liées :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/sampledialogs.py" line="954"/>
        <source>No photo linked yet.</source>
        <translation>Aucune photo liée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../fieldkit/gui/tables.py" line="205"/>
        <source>Select a row to read it whole here.</source>
        <translation>Sélectionnez une ligne pour la lire en entier ici.</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="63"/>
        <source>No subject chosen — choose one on the right, or create a new subject</source>
        <translation>Aucune personne choisie — choisissez-en une à droite, ou créez une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="68"/>
        <source>New subject…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="76"/>
        <source>rolled</source>
        <translation>roulée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="77"/>
        <source>plain</source>
        <translation>posée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="78"/>
        <source>Capture finger (Space)</source>
        <translation>Capturer le doigt (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="224"/>
        <source>Import ten-print card…</source>
        <translation>Importer une fiche décadactylaire…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="84"/>
        <source>Add print from file…</source>
        <translation>Ajouter une empreinte depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="87"/>
        <source>Adjust cut…</source>
        <translation>Ajuster la découpe…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="90"/>
        <source>Set resolution…</source>
        <translation>Définir la résolution…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="93"/>
        <source>State the chosen print&apos;s resolution (and finger): it is then scored and searched against the watchlist</source>
        <translation>Indiquer la résolution (et le doigt) de l&apos;empreinte choisie : elle est ensuite notée et recherchée dans la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="95"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="259"/>
        <source>Choose or create a subject.</source>
        <translation>Choisissez ou créez une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="102"/>
        <source>Subject</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="105"/>
        <source>Live-scan device</source>
        <translation>Capteur d&apos;empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="221"/>
        <source>Capture finger for {} (Space)</source>
        <translation>Capturer le doigt pour {} (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="222"/>
        <source>Capture finger (choose a subject first)</source>
        <translation>Capturer le doigt (choisissez d&apos;abord une personne)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="223"/>
        <source>Import ten-print card for {}…</source>
        <translation>Importer une fiche décadactylaire pour {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="266"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{} : {} empreintes sur 14 prises.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="268"/>
        <source>Take again: {}.</source>
        <translation>À reprendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="270"/>
        <source>Still to take: {}.</source>
        <translation>Restent à prendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="316"/>
        <source>Subject {} created.</source>
        <translation>Personne {} créée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="323"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="383"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="433"/>
        <source>Choose or create a subject first.</source>
        <translation>Choisissez ou créez d&apos;abord une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="333"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>Capture : {}… gardez le doigt sur la vitre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="343"/>
        <source>{} added to {}</source>
        <translation>{} : empreinte ajoutée à {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="345"/>
        <source>{}: kept, but it could not be decoded ({}). Take it again.</source>
        <translation>{} : conservée, mais impossible à décoder ({}). Reprenez-la.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="465"/>
        <source>Setting the resolution, then scoring and searching the print…</source>
        <translation>Résolution enregistrée ; notation et recherche de l&apos;empreinte…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="478"/>
        <source>{}: resolution {} ppi, NFIQ 2 {}.</source>
        <translation>{} : résolution {} ppp, NFIQ 2 {}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="480"/>
        <source>Searched against the watchlist: %n hit(s).</source>
        <translation>
            <numerusform>Recherchée dans la liste de surveillance : %n alerte.</numerusform>
            <numerusform>Recherchée dans la liste de surveillance : %n alertes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="481"/>
        <source>Searched against the watchlist: no hit.</source>
        <translation>Recherchée dans la liste de surveillance : aucune alerte.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="484"/>
        <source>Not searched: no usable watchlist.</source>
        <translation>Non recherchée : aucune liste de surveillance utilisable.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="485"/>
        <source>The watchlist search failed: {}</source>
        <translation>La recherche dans la liste de surveillance a échoué : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="356"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{} : qualité MAUVAISE (NFIQ 2 {}). Reprenez-la maintenant : nettoyez la vitre, appuyez uniformément.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="360"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{} : enregistrée (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="386"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>Fiche décadactylaire numérisée (500 ppp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="393"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>Découpe de la fiche en quatorze empreintes…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="395"/>
        <source>Ten-print card for {}: cutting it into its fourteen impressions…</source>
        <translation>Fiche décadactylaire pour {} : découpe en quatorze empreintes…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="402"/>
        <source>Ten-print card for {}: {} of {} steps (cutting, then each impression scored and stored)…</source>
        <translation>Fiche décadactylaire pour {} : étape {} sur {} (découpe, puis notation et enregistrement de chaque empreinte)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="413"/>
        <source>Card stored in {}; %n impression(s) cut.</source>
        <translation>
            <numerusform>Fiche enregistrée dans {} ; %n empreinte découpée.</numerusform>
            <numerusform>Fiche enregistrée dans {} ; %n empreintes découpées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="419"/>
        <source>Ten-print card added to {}: %n impression(s) cut</source>
        <translation>
            <numerusform>Fiche décadactylaire ajoutée à {} : %n empreinte découpée</numerusform>
            <numerusform>Fiche décadactylaire ajoutée à {} : %n empreintes découpées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="415"/>
        <source>Empty boxes: {}.</source>
        <translation>Cases vides : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="203"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="327"/>
        <source>No fingerprint scanner found. Plug one in, or import a ten-print card or a scan from a file.</source>
        <translation>Aucun capteur d&apos;empreintes trouvé. Branchez-en un, ou importez une fiche décadactylaire ou une numérisation depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="207"/>
        <source>No scanner found</source>
        <translation>Aucun capteur trouvé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="351"/>
        <source>{}: kept, but its resolution is unknown (the file does not give a print&apos;s resolution), so it is not scored or searched. Set resolution… states it.</source>
        <translation>{} : conservée, mais sa résolution est inconnue (le fichier ne l&apos;indique pas) ; elle n&apos;est donc ni notée ni recherchée. « Définir la résolution… » l&apos;indique.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="436"/>
        <source>Fingerprint image</source>
        <translation>Image d&apos;empreinte</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="211"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="214"/>
        <source>Open bundle…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="217"/>
        <source>Open or drop a bundle here.</source>
        <translation>Ouvrez ou déposez un lot ici.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="251"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="251"/>
        <source>Reason / how</source>
        <translation>Motif / comment</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="256"/>
        <source>Ingest</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="259"/>
        <source>Save HTML report…</source>
        <translation>Enregistrer le rapport HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="290"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="286"/>
        <source>Items and photos</source>
        <translation>Pièces et photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="209"/>
        <source>HQ folder (made when HQ was set up)</source>
        <translation>Dossier du QG (créé lors de l&apos;installation du QG)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="265"/>
        <source>Open a bundle first: only a verified bundle can be ingested.</source>
        <translation>Ouvrez d&apos;abord un lot : seul un lot vérifié peut être intégré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="288"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="289"/>
        <source>Custody timeline</source>
        <translation>Chronologie de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="291"/>
        <source>Amendments</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="296"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="562"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="328"/>
        <source>HQ folder</source>
        <translation>Dossier du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="333"/>
        <source>Open bundle</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="333"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>Lots (*.fkb);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="349"/>
        <source>Wait for the verification: only a verified bundle can be ingested.</source>
        <translation>Attendez la fin de la vérification : seul un lot vérifié peut être intégré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="368"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>Choisissez d&apos;abord le dossier du QG : il contient la clé qui ouvre les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="374"/>
        <source>Verifying {}…</source>
        <translation>Vérification de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="387"/>
        <source>Making previews of the verified photos in the sandbox: {} so far…</source>
        <translation>Création des aperçus des photos vérifiées dans le bac à sable : {} jusqu&apos;ici…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="390"/>
        <source>Checking: opening the bundle, its signature and the hash of every file…</source>
        <translation>Contrôle : ouverture du lot, vérification de sa signature et de l&apos;empreinte de chaque fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="438"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>VALIDE : authentique, complet et inaltéré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="469"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n saisie</numerusform>
            <numerusform>%n saisies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="470"/>
        <source>: {}. Their originals are in the bundle.</source>
        <translation> : {}. Leurs originaux sont dans le lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="473"/>
        <source>VALID: authentic, complete and unaltered — but {} (Analysis tab)</source>
        <translation>VALIDE : authentique, complet et inaltéré — mais {} (onglet Analyse)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="490"/>
        <source>Already ingested on {}</source>
        <translation>Déjà intégré le {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="492"/>
        <source>HQ already archived this bundle on {}: ingesting it again would change nothing.</source>
        <translation>Le QG a déjà archivé ce lot le {} : l&apos;intégrer à nouveau ne changerait rien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="495"/>
        <source>Archive this verified bundle in the HQ folder</source>
        <translation>Archiver ce lot vérifié dans le dossier du QG</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="507"/>
        <source>HQ holds %n alarm(s) on this device:</source>
        <translation>
            <numerusform>Le QG détient %n alarme sur cet appareil :</numerusform>
            <numerusform>Le QG détient %n alarmes sur cet appareil :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="510"/>
        <source>• {} at bundle {} ({}): {}</source>
        <translation>• {} au lot {} ({}) : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="514"/>
        <source>HQ already holds this very bundle (a replay): ingesting it again changes nothing.</source>
        <translation>Le QG détient déjà ce lot même (un rejeu) : l&apos;intégrer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="517"/>
        <source>HQ already holds a different bundle {} of this device: ingesting this one raises a fork alarm and moves both to quarantine.</source>
        <translation>Le QG détient déjà un autre lot {} de cet appareil : intégrer celui-ci lève une alarme de bifurcation et met les deux en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="519"/>
        <source>Ingest records the fork: both bundles numbered {} go to quarantine and the device gets a fork alarm</source>
        <translation>L&apos;intégration enregistre la bifurcation : les deux lots numéro {} vont en quarantaine et l&apos;appareil reçoit une alarme de bifurcation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="522"/>
        <source>It does not follow on from bundle {} of this device that HQ holds: ingesting it raises a chain-broken alarm and keeps it in quarantine.</source>
        <translation>Il ne fait pas suite au lot {} de cet appareil que détient le QG : l&apos;intégrer lève une alarme de chaîne rompue et le garde en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="526"/>
        <source>Its custody log does not continue the one HQ holds for this device: ingesting it archives it and raises a custody-chain-broken alarm.</source>
        <translation>Son journal de traçabilité ne prolonge pas celui que le QG détient pour cet appareil : l&apos;intégrer l&apos;archive et lève une alarme de chaîne de traçabilité rompue.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="529"/>
        <source>It is numbered {}, far beyond bundle {}, the last HQ archived of this device: ingest keeps it in quarantine for review.</source>
        <translation>Il porte le numéro {}, bien au-delà du lot {}, le dernier que le QG a archivé de cet appareil : l&apos;intégration le garde en quarantaine pour examen.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="535"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="662"/>
        <source>What it means: {}</source>
        <translation>Ce que cela signifie : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="536"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="663"/>
        <source>What to do: {}</source>
        <translation>Que faire : {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="543"/>
        <source>VALID signature, but device {} has %n alarm(s): it may be compromised</source>
        <translation>
            <numerusform>Signature VALIDE, mais l&apos;appareil {} a %n alarme : il est peut-être compromis</numerusform>
            <numerusform>Signature VALIDE, mais l&apos;appareil {} a %n alarmes : il est peut-être compromis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="545"/>
        <source>VALID signature, but ingesting it raises a {} alarm on device {}</source>
        <translation>Signature VALIDE, mais l&apos;intégrer lève une alarme {} sur l&apos;appareil {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="549"/>
        <source>VALID: authentic, complete and unaltered, but HQ already holds it (a replay)</source>
        <translation>VALIDE : authentique, complet et inaltéré, mais le QG le détient déjà (un rejeu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="551"/>
        <source>VALID signature, but ingest will hold it for review (numbered far ahead)</source>
        <translation>Signature VALIDE, mais l&apos;intégration le gardera pour examen (numéroté bien plus loin)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="561"/>
        <source>Identification (%n open)</source>
        <translation>
            <numerusform>Identification (%n ouverte)</numerusform>
            <numerusform>Identification (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="586"/>
        <source>Recorded: candidate {} {} by {} (nothing is merged)</source>
        <translation>Enregistré : candidat {} {} par {} (rien n’est fusionné)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="601"/>
        <source>  (custody {})</source>
        <translation>  (traçabilité {})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="604"/>
        <source>waiting: HQ has not received the original yet</source>
        <translation>en attente : le QG n&apos;a pas encore reçu l&apos;original</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="611"/>
        <source>Amendments (%n)</source>
        <translation>
            <numerusform>Corrections (%n)</numerusform>
            <numerusform>Corrections (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="618"/>
        <source>%n capture(s) failed analysis</source>
        <translation>
            <numerusform>%n saisie dont l&apos;analyse a échoué</numerusform>
            <numerusform>%n saisies dont l&apos;analyse a échoué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="619"/>
        <source>%n capture(s) damaged</source>
        <translation>
            <numerusform>%n saisie endommagée</numerusform>
            <numerusform>%n saisies endommagées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="620"/>
        <source>%n capture(s) flagged</source>
        <translation>
            <numerusform>%n saisie signalée</numerusform>
            <numerusform>%n saisies signalées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="621"/>
        <source>%n product(s) left out</source>
        <translation>
            <numerusform>%n produit laissé de côté</numerusform>
            <numerusform>%n produits laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="630"/>
        <location filename="../../fieldkit/gui/pages/verify.py" line="673"/>
        <source>REJECTED: {}</source>
        <translation>REJETÉ : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="633"/>
        <source>This bundle failed verification and cannot be ingested: {}</source>
        <translation>Ce lot a échoué à la vérification et ne peut pas être intégré : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="642"/>
        <source>Ingesting…</source>
        <translation>Intégration…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="647"/>
        <source>; missing from this device: {}</source>
        <translation>; manquants pour cet appareil : {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="649"/>
        <source>%n amendment(s) waiting for their original</source>
        <translation>
            <numerusform>%n correction en attente de son original</numerusform>
            <numerusform>%n corrections en attente de leur original</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/pages/verify.py" line="651"/>
        <source>%n waiting amendment(s) applied</source>
        <translation>
            <numerusform>%n correction en attente appliquée</numerusform>
            <numerusform>%n corrections en attente appliquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="657"/>
        <source>{}: {}{}</source>
        <translation>{} : {}{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="665"/>
        <source>ARCHIVED, but HQ raised an alarm on device {}: it may be compromised</source>
        <translation>ARCHIVÉ, mais le QG a levé une alarme sur l&apos;appareil {} : il est peut-être compromis</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="667"/>
        <source>Ingested {}</source>
        <translation>{} intégré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="669"/>
        <source>This bundle is in the archive now.</source>
        <translation>Ce lot est maintenant dans l&apos;archive.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="676"/>
        <source>Ingest refused this bundle and kept it in quarantine.</source>
        <translation>L&apos;intégration a refusé ce lot et l&apos;a gardé en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="685"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>WatchAlerts</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="191"/>
        <source>Searching the captures held against the watchlist…</source>
        <translation>Recherche des captures détenues dans la liste de surveillance…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/watchlist.py" line="211"/>
        <source>No template could be made of %n capture(s) (they are kept): {}</source>
        <translation>
            <numerusform>Aucun gabarit n&apos;a pu être fait de %n capture (elle est conservée) : {}</numerusform>
            <numerusform>Aucun gabarit n&apos;a pu être fait de %n captures (elles sont conservées) : {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="214"/>
        <source>The captures held were searched against the watchlist.</source>
        <translation>Les captures détenues ont été recherchées dans la liste de surveillance.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="217"/>
        <source>Watchlist search failed (the capture is kept): {}</source>
        <translation>La recherche dans la liste de surveillance a échoué (la capture est conservée) : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="221"/>
        <source>Not searched against the watchlist: it expired on {}.</source>
        <translation>Non recherché dans la liste de surveillance : elle a expiré le {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="228"/>
        <source>Not searched against a watchlist: none is imported.</source>
        <translation>Non recherché dans une liste de surveillance : aucune n&apos;est importée.</translation>
    </message>
</context>
<context>
    <name>WatchlistBanner</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="274"/>
        <source>Detain the subject if it is safe to do so, and report to HQ at once.</source>
        <translation>Retenez la personne si vous pouvez le faire sans danger, et rendez compte au QG immédiatement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="277"/>
        <source>Do not alert the subject: finish the capture as usual and report to HQ discreetly.</source>
        <translation>N&apos;alertez pas la personne : terminez la capture normalement et rendez compte au QG discrètement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="280"/>
        <source>Collect everything you can from the subject and report to HQ.</source>
        <translation>Recueillez tout ce que vous pouvez auprès de la personne et rendez compte au QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="288"/>
        <source>WATCHLIST HIT</source>
        <translation>CORRESPONDANCE LISTE DE SURVEILLANCE</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="297"/>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="301"/>
        <source>several fingers (the subject&apos;s prints together)</source>
        <translation>plusieurs doigts (les empreintes de la personne ensemble)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="309"/>
        <source>face distance {} — threshold {}, lower is closer</source>
        <translation>distance du visage {} — seuil {}, plus bas = plus proche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="311"/>
        <source>score {} — threshold {}, higher is closer</source>
        <translation>score {} — seuil {}, plus haut = plus proche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="319"/>
        <source>Capture: {} (case {}) · {}</source>
        <translation>Capture : {} (affaire {}) · {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="321"/>
        <source>Capture: {} (case {}) · {} · score {}</source>
        <translation>Capture : {} (affaire {}) · {} · score {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="403"/>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="403"/>
        <source>Look at the capture beside the watchlist entry</source>
        <translation>Voir la capture à côté de l&apos;entrée de la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="404"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="404"/>
        <source>It is the same person: record the hit as confirmed</source>
        <translation>C&apos;est la même personne : enregistrer la correspondance comme confirmée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="405"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="405"/>
        <source>It is not the same person: say why</source>
        <translation>Ce n&apos;est pas la même personne : dire pourquoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="423"/>
        <source>{} hits: {}</source>
        <translation>{} correspondances : {}</translation>
    </message>
</context>
<context>
    <name>WatchlistStatus</name>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="249"/>
        <source>No watchlist: hits cannot be flagged</source>
        <translation>Pas de liste de surveillance : aucune correspondance ne peut être signalée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="250"/>
        <source>Watchlist v{} expired on {}: hits cannot be flagged</source>
        <translation>Liste de surveillance v{} expirée le {} : aucune correspondance ne peut être signalée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="253"/>
        <source>Watchlist v{} — 1 entry — expires {}</source>
        <translation>Liste de surveillance v{} — 1 entrée — expire le {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/watchlist.py" line="255"/>
        <source>Watchlist v{} — {} entries — expires {}</source>
        <translation>Liste de surveillance v{} — {} entrées — expire le {}</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../fieldkit/gui/capture_actions.py" line="62"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n saisie</numerusform>
            <numerusform>%n saisies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="94"/>
        <source>Reason (kept in the custody log)</source>
        <translation>Motif (conservé dans le journal de traçabilité)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/capture_actions.py" line="119"/>
        <source>Say why: the custody log keeps the reason.</source>
        <translation>Indiquez pourquoi : le journal de traçabilité garde le motif.</translation>
    </message>
</context>
</TS>
