<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="80"/>
        <source>folder for new bundles</source>
        <translation>dossier des nouveaux lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="81"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="84"/>
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>moins de 4 Gio (clés FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="86"/>
        <source>Create bundle</source>
        <translation>Créer un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="88"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="99"/>
        <source>Copy to removable drive…</source>
        <translation>Copier sur un support amovible…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="138"/>
        <source>{} captures not yet bundled</source>
        <translation>{} saisies pas encore en lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="141"/>
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>Aucun destinataire QG : impossible de créer des lots avant d&apos;importer le fichier de provisionnement du QG (Réglages).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="147"/>
        <source>Folder for bundles</source>
        <translation>Dossier des lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="153"/>
        <source>Choose a folder for the bundles first.</source>
        <translation>Choisissez d&apos;abord un dossier pour les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="169"/>
        <source>Created {} bundle(s).</source>
        <translation>{} lot(s) créé(s).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="170"/>
        <source>Nothing to bundle.</source>
        <translation>Rien à mettre en lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="195"/>
        <source>Choose the removable drive</source>
        <translation>Choisissez le support amovible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="202"/>
        <source>Copied and verified: {}</source>
        <translation>Copié et vérifié : {}</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="37"/>
        <source>Take photo (Space)</source>
        <translation>Prendre la photo (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="41"/>
        <source>Read evidence tag (T)</source>
        <translation>Lire le scellé (T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="44"/>
        <source>Hold the tag&apos;s barcode or QR code to the camera; nothing is stored</source>
        <translation>Présentez le code-barres ou QR du scellé à la caméra ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="58"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="60"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="91"/>
        <source>No camera found. Connect one, or import photos from the camera&apos;s card.</source>
        <translation>Aucun appareil photo trouvé. Branchez-en un, ou importez les photos depuis sa carte.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="118"/>
        <source>The camera could not take it.</source>
        <translation>L&apos;appareil n&apos;a pas pu la prendre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="120"/>
        <source>Live view; photos go into the current item.</source>
        <translation>Vue en direct ; les photos vont dans la pièce en cours.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="150"/>
        <source>Evidence tag read: {}</source>
        <translation>Scellé lu : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="154"/>
        <source>No barcode or QR code in view: hold the tag closer, flat and lit, and press T again.</source>
        <translation>Aucun code-barres ou QR visible : rapprochez le scellé, à plat et éclairé, puis appuyez de nouveau sur T.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="163"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/camera.py" line="170"/>
        <source>Stored photo #{} in {}</source>
        <translation>Photo n° {} enregistrée dans {}</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="93"/>
        <location filename="../../fieldkit/gui/viewer.py" line="160"/>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="98"/>
        <source>Looks like (near-duplicate photos):</source>
        <translation>Ressemble à (photos quasi identiques) :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="103"/>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="104"/>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="105"/>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="106"/>
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="107"/>
        <source>⟲ Turn left</source>
        <translation>⟲ Pivoter à gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="108"/>
        <source>⟳ Turn right</source>
        <translation>⟳ Pivoter à droite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="109"/>
        <source>Original order</source>
        <translation>Ordre d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="128"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>L&apos;ordre et la rotation ne sont qu&apos;un affichage : l&apos;original reste tel qu&apos;acquis.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="170"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier ; ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="171"/>
        <source>This page cannot be displayed; the original is kept unchanged.</source>
        <translation>Cette page ne peut pas être affichée ; l&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="175"/>
        <source>This image cannot be displayed; the original is kept unchanged.</source>
        <translation>Cette image ne peut pas être affichée ; l&apos;original reste intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="179"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} pixels — molette ou Ctrl +/− pour zoomer, glisser pour déplacer, Ctrl+0 pour ajuster</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="193"/>
        <source>, turned {}°</source>
        <translation>, pivotée de {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="194"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>Page {} sur {} (page d&apos;origine {}{})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="188"/>
        <source>Adjust the cut of finger {}</source>
        <translation>Ajuster la découpe du doigt {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="195"/>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="195"/>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="208"/>
        <source>Drag on the card to draw the box.</source>
        <translation>Faites glisser sur la fiche pour tracer le cadre.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="158"/>
        <source>Search tag, case, category, description, date</source>
        <translation>Rechercher scellé, affaire, catégorie, description, date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="173"/>
        <source>New item (Ctrl+N)</source>
        <translation>Nouvelle pièce (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="182"/>
        <source>Select or create an item</source>
        <translation>Choisissez ou créez une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="204"/>
        <source>Captures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="205"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="206"/>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="211"/>
        <source>Import the new files into this item</source>
        <translation>Importer les nouveaux fichiers dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="214"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="254"/>
        <source>New site…</source>
        <translation>Nouveau site…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="265"/>
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="269"/>
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="270"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="271"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="272"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="274"/>
        <source>Time recovered (UTC)</source>
        <translation>Heure de récupération (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="275"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="302"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="358"/>
        <source>Custody chain intact</source>
        <translation>Chaîne de traçabilité intacte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="358"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>CHAÎNE DE TRAÇABILITÉ ROMPUE : </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="369"/>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="398"/>
        <source>Saved; the change is in the custody log.</source>
        <translation>Enregistré ; la modification figure dans le journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="432"/>
        <source>Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.</source>
        <translation>Latitude et longitude en degrés décimaux, p. ex. 34.5553 et 69.2075.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="437"/>
        <source>Site {} added; choose it and save the details.</source>
        <translation>Site {} ajouté ; choisissez-le et enregistrez les détails.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="472"/>
        <source>Tag {} read: item selected</source>
        <translation>Scellé {} lu : pièce sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="477"/>
        <source>Read by the camera: {}</source>
        <translation>Lu par la caméra : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="507"/>
        <source>Camera card {}: {} new file(s), {} already in the store.</source>
        <translation>Carte {} : {} nouveau(x) fichier(s), {} déjà dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="522"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="541"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="543"/>
        <source>Import into this item</source>
        <translation>Importer dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="551"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="551"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="560"/>
        <source>Imported {} files; last: {}</source>
        <translation>{} fichiers importés ; dernier : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="571"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="572"/>
        <source>{} stored, {} duplicates, {} failed</source>
        <translation>{} enregistrés, {} doublons, {} échecs</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="120"/>
        <source>not taken</source>
        <translation>non prise</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="88"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="90"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="119"/>
        <source>amputated</source>
        <translation>amputé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="91"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="119"/>
        <source>bandaged</source>
        <translation>bandé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="125"/>
        <source>no score</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="127"/>
        <source>POOR: take again</source>
        <translation>MAUVAISE : à reprendre</translation>
    </message>
</context>
<context>
    <name>FingerprintsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="32"/>
        <source>Ten-print</source>
        <translation>Dix doigts</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/__init__.py" line="33"/>
        <source>Latent</source>
        <translation>Trace latente</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="34"/>
        <source>unknown finger</source>
        <translation>doigt inconnu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="35"/>
        <source>right thumb</source>
        <translation>pouce droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="36"/>
        <source>right index</source>
        <translation>index droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="37"/>
        <source>right middle</source>
        <translation>majeur droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="38"/>
        <source>right ring</source>
        <translation>annulaire droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="39"/>
        <source>right little</source>
        <translation>auriculaire droit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="40"/>
        <source>left thumb</source>
        <translation>pouce gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="41"/>
        <source>left index</source>
        <translation>index gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="42"/>
        <source>left middle</source>
        <translation>majeur gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="43"/>
        <source>left ring</source>
        <translation>annulaire gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="44"/>
        <source>left little</source>
        <translation>auriculaire gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="45"/>
        <source>plain right thumb</source>
        <translation>pouce droit posé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="46"/>
        <source>plain left thumb</source>
        <translation>pouce gauche posé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="47"/>
        <source>right four fingers (slap)</source>
        <translation>quatre doigts droits (posés)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="48"/>
        <source>left four fingers (slap)</source>
        <translation>quatre doigts gauches (posés)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="49"/>
        <source>both thumbs</source>
        <translation>les deux pouces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="56"/>
        <source>latent impression</source>
        <translation>empreinte latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="57"/>
        <source>latent tracing</source>
        <translation>relevé de trace latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="58"/>
        <source>latent photo</source>
        <translation>photo de trace latente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="59"/>
        <source>latent lift</source>
        <translation>trace latente relevée</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="139"/>
        <source>Create the fieldkit store</source>
        <translation>Créer le coffre fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="148"/>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="149"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="151"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (encore)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="154"/>
        <source>Import provisioning file from headquarters… (optional)</source>
        <translation>Importer le fichier de provisionnement du QG… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="159"/>
        <source>A new encrypted store will be created in {}.</source>
        <translation>Un nouveau coffre chiffré sera créé dans {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="173"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="174"/>
        <source>Strength: {}</source>
        <translation>Robustesse : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="182"/>
        <source>Type the operator&apos;s name.</source>
        <translation>Tapez le nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="200"/>
        <source>Store created. Device key fingerprint (read it to headquarters):
{}</source>
        <translation>Coffre créé. Empreinte de la clé de l&apos;appareil (à lire au QG) :
{}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="211"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>Provisionné : {} nouveau(x) destinataire(s)</translation>
    </message>
</context>
<context>
    <name>LatentPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="53"/>
        <source>Open latent photo…</source>
        <translation>Ouvrir la photo de la trace…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="67"/>
        <source>Calibrate to 1000 ppi and store</source>
        <translation>Étalonner à 1000 ppp et enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="70"/>
        <source>Open a photo, then click two marks of the ruler.</source>
        <translation>Ouvrez une photo, puis cliquez deux graduations de la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="73"/>
        <source>Distance between the marks</source>
        <translation>Distance entre les graduations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="74"/>
        <source>Impression type</source>
        <translation>Type d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="75"/>
        <source>Finger, if known</source>
        <translation>Doigt, si connu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="93"/>
        <source>Latent photo with a ruler</source>
        <translation>Photo de trace latente avec règle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="105"/>
        <source>This photo cannot be shown.</source>
        <translation>Cette photo ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="140"/>
        <source>Click mark {} of 2 on the ruler.</source>
        <translation>Cliquez la graduation {} sur 2 de la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="143"/>
        <source>{:.0f} pixels between the marks: the photo is {:.0f} ppi; it will be resampled to 1000 ppi.</source>
        <translation>{:.0f} pixels entre les graduations : la photo est à {:.0f} ppp ; elle sera rééchantillonnée à 1000 ppp.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="148"/>
        <source>Select the item the print was lifted from, and mark the ruler.</source>
        <translation>Sélectionnez la pièce d&apos;où vient la trace et marquez la règle.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/latent.py" line="153"/>
        <source>Stored in {} at 1000 ppi ({} × {} pixels); the photo is kept as the original.</source>
        <translation>Enregistrée dans {} à 1000 ppp ({} × {} pixels) ; la photo est conservée comme original.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="123"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="124"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="125"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="127"/>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="131"/>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="132"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="133"/>
        <source>Verify (HQ)</source>
        <translation>Vérifier (QG)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="134"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="168"/>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="174"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="175"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="176"/>
        <source>Next item</source>
        <translation>Pièce suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="177"/>
        <source>Previous item</source>
        <translation>Pièce précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="178"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>UNLOCKED</source>
        <translation>DÉVERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="305"/>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="309"/>
        <source>Operator: {}</source>
        <translation>Opérateur : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="310"/>
        <source>Not yet bundled: {}</source>
        <translation>Pas encore en lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="314"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>Disque libre : {:.1f} Go</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="328"/>
        <source>Language saved; every text follows at the next start.</source>
        <translation>Langue enregistrée ; tous les textes suivront au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="290"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>Le coffre a été effacé : personne ne peut plus l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="56"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="62"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>scellé, p. ex. EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="66"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="67"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>Lire le scellé sur une photo de son code-barres…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="70"/>
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="73"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="84"/>
        <source>Photo of the tag</source>
        <translation>Photo du scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="92"/>
        <source>Read from the photo: {}</source>
        <translation>Lu sur la photo : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="94"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>Aucun code-barres ni QR code trouvé : tapez le scellé.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="139"/>
        <source>New subject</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="145"/>
        <source>e.g. S-0001</source>
        <translation>p. ex. S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="150"/>
        <source>three letters, e.g. SYR</source>
        <translation>trois lettres, p. ex. SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="153"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="154"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="155"/>
        <source>Name given (claimed)</source>
        <translation>Nom déclaré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="156"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="157"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="158"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Last attempt</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="51"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="79"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <source>uploading {}%</source>
        <translation>envoi {} %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>verifying at HQ</source>
        <translation>vérification au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>acknowledged by HQ</source>
        <translation>accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="83"/>
        <source>REJECTED</source>
        <translation>REFUSÉ</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="210"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>Double-cliquez un lot pour voir l&apos;accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="217"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="220"/>
        <source>Send the selected bundle again</source>
        <translation>Renvoyer le lot sélectionné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="222"/>
        <source>Free space: remove what HQ acknowledged…</source>
        <translation>Libérer de la place : retirer ce que le QG a reçu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="224"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>Envoyer automatiquement dès que le QG répond</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="283"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} en attente, {} reçus par le QG, {} refusés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="286"/>
        <source>HQ: {}</source>
        <translation>QG : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="288"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>Pas encore d&apos;adresse du QG : importez un fichier de provisionnement qui en contient une (Réglages). Les lots peuvent toujours voyager sur un support amovible.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="292"/>
        <source>Asking HQ…</source>
        <translation>Interrogation du QG…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="295"/>
        <source>Already sending.</source>
        <translation>Envoi déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="302"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>Le QG a répondu ; la boîte d&apos;envoi est à jour.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="303"/>
        <source>HQ did not answer: bundles wait and go when it does.</source>
        <translation>Le QG n&apos;a pas répondu : les lots attendent et partiront dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="313"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>Rien à retirer : aucune saisie n&apos;est dans un lot reçu par le QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="317"/>
        <source>Free space</source>
        <translation>Libérer de la place</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="319"/>
        <source>{} capture(s), {:.1f} MB, are safe at HQ (acknowledged with a verified receipt).
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>{} saisie(s), {:.1f} Mo, sont en sécurité au QG (accusé de réception vérifié).
Les retirer définitivement de cet ordinateur ? Tapez REMOVE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="323"/>
        <source>Nothing removed.</source>
        <translation>Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="328"/>
        <source>Removed {} capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>{} saisie(s) retirée(s) ; le QG les détient et le journal de traçabilité garde leurs empreintes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="338"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>Lot {} : pas encore d&apos;accusé de réception du QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="341"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>Lot {} — accusé signé par le QG ({}), signature vérifiée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="343"/>
        <source>Verdict: {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="344"/>
        <source>Received: {}</source>
        <translation>Reçu : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="345"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 du fichier envoyé : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="346"/>
        <source>Bundle id: {}</source>
        <translation>Identifiant du lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="349"/>
        <source>Reason: {}: {}</source>
        <translation>Motif : {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="354"/>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="46"/>
        <source>Provisioning file</source>
        <translation>Fichier de provisionnement</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="27"/>
        <source>Look for scanners</source>
        <translation>Chercher les scanners</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="36"/>
        <source>Grey</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="37"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="65"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="38"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="43"/>
        <source>Flatbed (one page)</source>
        <translation>Vitre (une page)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="44"/>
        <source>Document feeder (all pages)</source>
        <translation>Chargeur (toutes les pages)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="45"/>
        <source>Feeder, both sides</source>
        <translation>Chargeur, recto verso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="49"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="51"/>
        <source>Scan into the current item</source>
        <translation>Numériser dans la pièce en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="63"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="64"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="66"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="83"/>
        <source>Looking for scanners…</source>
        <translation>Recherche des scanners…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="90"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>Aucun scanner trouvé. Branchez-en un et allumez-le.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="104"/>
        <source>Preview (not stored).</source>
        <translation>Aperçu (non enregistré).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="112"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="117"/>
        <source>Scanning…</source>
        <translation>Numérisation…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="122"/>
        <source>Stored {} page(s) as capture #{} in {}</source>
        <translation>{} page(s) enregistrée(s), saisie n° {} dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="127"/>
        <source>Scanned page {}…</source>
        <translation>Page {} numérisée…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="42"/>
        <source>Add operator…</source>
        <translation>Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="44"/>
        <source>Remove operator</source>
        <translation>Retirer l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="46"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="50"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="59"/>
        <source>Import provisioning file…</source>
        <translation>Importer le fichier de provisionnement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="61"/>
        <source>Emergency wipe…</source>
        <translation>Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="70"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="72"/>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="73"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="74"/>
        <source>Store location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="75"/>
        <source>Device key fingerprint</source>
        <translation>Empreinte de la clé de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="77"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="104"/>
        <source>New passphrase for {}:</source>
        <translation>Nouvelle phrase secrète pour {} :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="107"/>
        <source>Type it again:</source>
        <translation>Retapez-la :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="113"/>
        <source>Operator name:</source>
        <translation>Nom de l&apos;opérateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="120"/>
        <source>Added operator {}</source>
        <translation>Opérateur {} ajouté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="128"/>
        <source>Removed operator {}</source>
        <translation>Opérateur {} retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="140"/>
        <source>Changed the passphrase of {}</source>
        <translation>Phrase secrète de {} changée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="145"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>Provisionné : {} nouveau(x) destinataire(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="151"/>
        <source>Emergency wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>Ceci détruit toutes les clés : personne ne pourra plus jamais ouvrir ce coffre.
Tapez WIPE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="155"/>
        <source>Wipe cancelled.</source>
        <translation>Effacement annulé.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="103"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="115"/>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="116"/>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="118"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="46"/>
        <source>New subject…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="50"/>
        <source>rolled</source>
        <translation>roulée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="51"/>
        <source>plain</source>
        <translation>posée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="52"/>
        <source>Capture finger (Space)</source>
        <translation>Capturer le doigt (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="55"/>
        <source>Import ten-print card…</source>
        <translation>Importer une fiche décadactylaire…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="57"/>
        <source>Add print from file…</source>
        <translation>Ajouter une empreinte depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="59"/>
        <source>Adjust cut…</source>
        <translation>Ajuster la découpe…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="61"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="155"/>
        <source>Choose or create a subject.</source>
        <translation>Choisissez ou créez une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="67"/>
        <source>Subject</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="71"/>
        <source>Live-scan device</source>
        <translation>Capteur d&apos;empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="133"/>
        <source>No live-scan device: import a card or a print file</source>
        <translation>Aucun capteur : importez une fiche ou un fichier d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="162"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{} : {} empreintes sur 14 prises.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="164"/>
        <source>Take again: {}.</source>
        <translation>À reprendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="166"/>
        <source>Still to take: {}.</source>
        <translation>Restent à prendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="204"/>
        <source>Subject {} created.</source>
        <translation>Personne {} créée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="211"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="251"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="275"/>
        <source>Choose or create a subject first.</source>
        <translation>Choisissez ou créez d&apos;abord une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="214"/>
        <source>No live-scan device is connected.</source>
        <translation>Aucun capteur n&apos;est branché.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="220"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>Capture : {}… gardez le doigt sur la vitre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="228"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{} : qualité MAUVAISE (NFIQ 2 {}). Reprenez-la maintenant : nettoyez la vitre, appuyez uniformément.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="232"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{} : enregistrée (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="254"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>Fiche décadactylaire numérisée (500 ppp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="258"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>Découpe de la fiche en quatorze empreintes…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="263"/>
        <source>Card stored; {} impressions cut.</source>
        <translation>Fiche enregistrée ; {} empreintes découpées.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="265"/>
        <source>Empty boxes: {}.</source>
        <translation>Cases vides : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="278"/>
        <source>Fingerprint image</source>
        <translation>Image d&apos;empreinte</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="88"/>
        <source>Unlock fieldkit</source>
        <translation>Déverrouiller fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="90"/>
        <source>optional: your operator name</source>
        <translation>facultatif : votre nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="94"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="95"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="97"/>
        <source>Store: {}</source>
        <translation>Coffre : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="108"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="117"/>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Phrase secrète erronée. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="44"/>
        <source>HQ folder (made by &apos;fieldkit hq init&apos;)</source>
        <translation>Dossier du QG (créé par « fieldkit hq init »)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="45"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="47"/>
        <source>Open bundle…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="49"/>
        <source>Open or drop a bundle here.</source>
        <translation>Ouvrez ou déposez un lot ici.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="59"/>
        <source>Ingest</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="62"/>
        <source>Save HTML report…</source>
        <translation>Enregistrer le rapport HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="79"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="81"/>
        <source>Items and photos</source>
        <translation>Pièces et photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="83"/>
        <source>Custody timeline</source>
        <translation>Chronologie de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="87"/>
        <source>HQ folder</source>
        <translation>Dossier du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="92"/>
        <source>Open bundle</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="92"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>Lots (*.fkb);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="107"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>Choisissez d&apos;abord le dossier du QG : il contient la clé qui ouvre les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="114"/>
        <source>Verifying {}…</source>
        <translation>Vérification de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="128"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>VALIDE : authentique, complet et inaltéré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="129"/>
        <source>REJECTED: {}</source>
        <translation>REJETÉ : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="162"/>
        <source>; missing from this device: {}</source>
        <translation>; manquants pour cet appareil : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="173"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
</TS>
