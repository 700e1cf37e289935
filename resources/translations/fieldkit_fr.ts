<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcquisitionsView</name>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="59"/>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="60"/>
        <source>Reason / link</source>
        <translation>Motif / lien</translation>
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
        <translation>Sélectionnez une pièce pour voir d&apos;où viennent ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="101"/>
        <source>{} acquisition(s) into {} / {}: every path each one met, stored or not.</source>
        <translation>{} acquisition(s) dans {} / {} : chaque chemin rencontré, enregistré ou non.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/acquisitions.py" line="136"/>
        <source>Acquisition #{} ({}), root {}: {} path(s).</source>
        <translation>Acquisition n° {} ({}), racine {} : {} chemin(s).</translation>
    </message>
</context>
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
        <location filename="../../fieldkit/gui/pages/bundles.py" line="171"/>
        <source>Created {} bundle(s).</source>
        <translation>{} lot(s) créé(s).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="172"/>
        <source>Nothing to bundle.</source>
        <translation>Rien à mettre en lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="175"/>
        <source>{} ({} MB) waits: it needs a bundle of {} MB; choose a larger size to send it.</source>
        <translation>{} ({} Mo) attend : il lui faut un lot de {} Mo ; choisissez une taille plus grande pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="180"/>
        <source>… and {} more</source>
        <translation>… et {} de plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="181"/>
        <source>Every capture is in it, but these products are left out:</source>
        <translation>Toutes les saisies y sont, mais ces produits dérivés sont laissés de côté :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="209"/>
        <source>Choose the removable drive</source>
        <translation>Choisissez le support amovible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/bundles.py" line="216"/>
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
        <location filename="../../fieldkit/gui/viewer.py" line="137"/>
        <location filename="../../fieldkit/gui/viewer.py" line="534"/>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="143"/>
        <source>All metadata</source>
        <translation>Toutes les métadonnées</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="233"/>
        <source>the original is kept unchanged.</source>
        <translation>l&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="236"/>
        <source>Analysis failed: {} — {}</source>
        <translation>Échec de l&apos;analyse : {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="239"/>
        <source>Being analysed in the sandbox; this view updates when it is done.</source>
        <translation>Analyse en cours dans le bac à sable ; cet affichage se mettra à jour une fois terminée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="242"/>
        <source>Analysis found damage: {} — {}</source>
        <translation>L&apos;analyse a détecté des dommages : {} — {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="253"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="253"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="254"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="255"/>
        <source>Members</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="256"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="257"/>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="258"/>
        <source>Being analysed</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="315"/>
        <source>The original is kept unchanged.</source>
        <translation>L&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="316"/>
        <source>Analysis failed: {}

{}
Its details are on the right.</source>
        <translation>Échec de l&apos;analyse : {}

{}
Ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="320"/>
        <source>Being analysed…

This view updates when the analysis is recorded.</source>
        <translation>Analyse en cours…

Cet affichage se mettra à jour dès que l&apos;analyse sera enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="320"/>
        <source>No preview for this kind of file.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="321"/>
        <source>Size: {}</source>
        <translation>Taille : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="324"/>
        <source>Entropy: {} bits per byte (8 = random: compressed or encrypted)</source>
        <translation>Entropie : {} bits par octet (8 = aléatoire : compressé ou chiffré)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="325"/>
        <source>SHA-256: {}</source>
        <translation>SHA-256 : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="350"/>
        <source>The preview analysis made of this {} in the sandbox ({} × {} pixels); the viewer does not render it larger. The original is kept unchanged.</source>
        <translation>L&apos;aperçu produit par l&apos;analyse dans le bac à sable pour ce fichier {} ({} × {} pixels) ; la visionneuse ne l&apos;affiche pas en plus grand. L&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="371"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="383"/>
        <source>No text layer; OCR text:</source>
        <translation>Pas de couche texte ; texte reconnu par OCR :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="384"/>
        <source>No text layer; no text found.</source>
        <translation>Pas de couche texte ; aucun texte trouvé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="389"/>
        <source>No text found in this file.</source>
        <translation>Aucun texte trouvé dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="423"/>
        <source>{} members, {} when expanded; {} encrypted. Listed from the archive&apos;s own directory.</source>
        <translation>{} fichiers, {} une fois extraits ; {} chiffrés. Liste tirée du répertoire de l&apos;archive elle-même.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="427"/>
        <source>{} of them were expanded into captures of this item (fieldkit expand); the archive is kept as acquired.</source>
        <translation>{} d&apos;entre eux ont été extraits en saisies de cette pièce (fieldkit expand) ; l&apos;archive est conservée telle qu&apos;acquise.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="429"/>
        <source>Nothing was extracted: `fieldkit expand {}` stores the members as captures.</source>
        <translation>Rien n&apos;a été extrait : `fieldkit expand {}` enregistre ces fichiers comme saisies.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="432"/>
        <source>Only the first {} are listed.</source>
        <translation>Seuls les {} premiers sont listés.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Compressed</source>
        <translation>Compressé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="433"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="435"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="449"/>
        <source>{} records. {}</source>
        <translation>{} enregistrements. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="455"/>
        <source>The transaction&apos;s first print, as analysis decoded it in the sandbox</source>
        <translation>Première empreinte de la transaction, telle que l&apos;analyse l&apos;a décodée dans le bac à sable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="457"/>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Impression</source>
        <translation>Type d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="458"/>
        <source>Finger</source>
        <translation>Doigt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>ppi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="459"/>
        <source>Image bytes</source>
        <translation>Octets d&apos;image</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="468"/>
        <source>{} tables; rows are counted, not shown: examine the original with the tools made for its app.</source>
        <translation>{} tables ; les lignes sont comptées, pas affichées : examinez l&apos;original avec les outils conçus pour son application.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="469"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="479"/>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="480"/>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="481"/>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="482"/>
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="483"/>
        <source>⟲ Turn left</source>
        <translation>⟲ Pivoter à gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="484"/>
        <source>⟳ Turn right</source>
        <translation>⟳ Pivoter à droite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="485"/>
        <source>Original order</source>
        <translation>Ordre d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="504"/>
        <source>Order and rotation are a view only: the original stays as acquired.</source>
        <translation>L&apos;ordre et la rotation ne sont qu&apos;un affichage : l&apos;original reste tel qu&apos;acquis.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="546"/>
        <source>No preview for this kind of file; its details are on the right.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier ; ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="548"/>
        <source>it does not decode</source>
        <translation>impossible à décoder</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="549"/>
        <source>This cannot be displayed: {}.

The original is kept unchanged; its details are on the right.</source>
        <translation>Affichage impossible : {}.

L&apos;original est conservé intact ; ses détails sont à droite.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="556"/>
        <source>{} × {} pixels — wheel or Ctrl +/− to zoom, drag to pan, Ctrl+0 to fit</source>
        <translation>{} × {} pixels — molette ou Ctrl +/− pour zoomer, glisser pour déplacer, Ctrl+0 pour ajuster</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="559"/>
        <source>Damaged: shown as far as it decodes; the original is kept unchanged. {}</source>
        <translation>Endommagé : affiché jusqu&apos;où il se décode ; l&apos;original est conservé intact. {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="587"/>
        <source>, turned {}°</source>
        <translation>, pivotée de {}°</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/viewer.py" line="588"/>
        <source>Page {} of {} (original page {}{})</source>
        <translation>Page {} sur {} (page d&apos;origine {}{})</translation>
    </message>
</context>
<context>
    <name>CardCutDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="191"/>
        <source>Adjust the cut of finger {}</source>
        <translation>Ajuster la découpe du doigt {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="198"/>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="198"/>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="211"/>
        <source>Drag on the card to draw the box.</source>
        <translation>Faites glisser sur la fiche pour tracer le cadre.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="14"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="15"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="16"/>
        <source>ID card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="17"/>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="18"/>
        <source>Media</source>
        <translation>Support numérique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="19"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="20"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="162"/>
        <source>Search tag, case, category, description, date</source>
        <translation>Rechercher scellé, affaire, catégorie, description, date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="177"/>
        <source>New item (Ctrl+N)</source>
        <translation>Nouvelle pièce (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="186"/>
        <source>Select or create an item</source>
        <translation>Choisissez ou créez une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="208"/>
        <source>Captures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="209"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="210"/>
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="212"/>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="217"/>
        <source>Import the new files into this item</source>
        <translation>Importer les nouveaux fichiers dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="220"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="260"/>
        <source>New site…</source>
        <translation>Nouveau site…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="271"/>
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="275"/>
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="276"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="277"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="278"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="280"/>
        <source>Time recovered (UTC)</source>
        <translation>Heure de récupération (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="281"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="309"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="366"/>
        <source>Custody chain intact</source>
        <translation>Chaîne de traçabilité intacte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="366"/>
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>CHAÎNE DE TRAÇABILITÉ ROMPUE : </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="377"/>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="406"/>
        <source>Saved; the change is in the custody log.</source>
        <translation>Enregistré ; la modification figure dans le journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="440"/>
        <source>Latitude and longitude are decimal degrees, like 34.5553 and 69.2075.</source>
        <translation>Latitude et longitude en degrés décimaux, p. ex. 34.5553 et 69.2075.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="445"/>
        <source>Site {} added; choose it and save the details.</source>
        <translation>Site {} ajouté ; choisissez-le et enregistrez les détails.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="480"/>
        <source>Tag {} read: item selected</source>
        <translation>Scellé {} lu : pièce sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="485"/>
        <source>Read by the camera: {}</source>
        <translation>Lu par la caméra : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="515"/>
        <source>Camera card {}: {} new file(s), {} already in the store.</source>
        <translation>Carte {} : {} nouveau(x) fichier(s), {} déjà dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="534"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="554"/>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="578"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="556"/>
        <source>Import files into this item</source>
        <translation>Importer des fichiers dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="559"/>
        <source>Import a folder instead…  (Ctrl+Shift+I)</source>
        <translation>Importer plutôt un dossier…  (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="560"/>
        <source>Every file in a folder and its subfolders, as `fieldkit import` does</source>
        <translation>Tous les fichiers d&apos;un dossier et de ses sous-dossiers, comme le fait `fieldkit import`</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="580"/>
        <source>Import a folder (and its subfolders) into this item</source>
        <translation>Importer un dossier (et ses sous-dossiers) dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="622"/>
        <source>{} stored, {} already in this item, {} not stored</source>
        <translation>{} enregistré(s), {} déjà dans cette pièce, {} non enregistré(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="598"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="598"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="607"/>
        <source>Imported {} files; last: {}</source>
        <translation>{} fichiers importés ; dernier : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="621"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>FingerBoxWidget</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="81"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="122"/>
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
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="122"/>
        <source>could not be decoded</source>
        <translation>non décodable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="128"/>
        <source>no score</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="130"/>
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
    <name>Kind</name>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="28"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="29"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="30"/>
        <source>Fingerprint</source>
        <translation>Empreinte digitale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="31"/>
        <source>Audio or video</source>
        <translation>Audio ou vidéo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/labels.py" line="32"/>
        <source>File</source>
        <translation>Fichier</translation>
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
        <location filename="../../fieldkit/gui/mainwindow.py" line="130"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="131"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="132"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="134"/>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="138"/>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="139"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="140"/>
        <source>Verify (HQ)</source>
        <translation>Vérifier (QG)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="141"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="175"/>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="181"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="182"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="185"/>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="189"/>
        <source>Next item</source>
        <translation>Pièce suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="190"/>
        <source>Previous item</source>
        <translation>Pièce précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="191"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="323"/>
        <source>UNLOCKED</source>
        <translation>DÉVERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="323"/>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="327"/>
        <source>Operator: {}</source>
        <translation>Opérateur : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="328"/>
        <source>Not yet bundled: {}</source>
        <translation>Pas encore en lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="332"/>
        <source>Free disk: {:.1f} GB</source>
        <translation>Disque libre : {:.1f} Go</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="346"/>
        <source>Language saved; every text follows at the next start.</source>
        <translation>Langue enregistrée ; tous les textes suivront au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="308"/>
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>Le coffre a été effacé : personne ne peut plus l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="81"/>
        <location filename="../../fieldkit/gui/player.py" line="142"/>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="84"/>
        <source>Play or pause (Space)</source>
        <translation>Lire ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="112"/>
        <source>No sound in this recording.</source>
        <translation>Pas de son dans cet enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="129"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="205"/>
        <source>Decrypting the recording…</source>
        <translation>Déchiffrement de l&apos;enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="231"/>
        <source>This part of the recording cannot be played ({}); the original is kept unchanged.</source>
        <translation>Cette partie de l&apos;enregistrement ne peut pas être lue ({}) ; l&apos;original est conservé intact.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="235"/>
        <source>unexpected error in playback ({})</source>
        <translation>erreur inattendue pendant la lecture ({})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="247"/>
        <source>Damaged from {}: {}</source>
        <translation>Endommagé à partir de {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="328"/>
        <source>Press Play to see the recording.</source>
        <translation>Appuyez sur Lire pour voir l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="330"/>
        <source>♪ Sound only</source>
        <translation>♪ Son uniquement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="383"/>
        <source>Sound unavailable: this computer has no audio output.</source>
        <translation>Son indisponible : cet ordinateur n&apos;a pas de sortie audio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="386"/>
        <source>Sound unavailable: the audio output does not play {} Hz.</source>
        <translation>Son indisponible : la sortie audio ne prend pas en charge {} Hz.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="392"/>
        <source>Sound: {}</source>
        <translation>Son : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="396"/>
        <source>The pictures play alone.</source>
        <translation>Les images sont lues sans le son.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/player.py" line="413"/>
        <source>Sound unavailable: the audio output did not start.</source>
        <translation>Son indisponible : la sortie audio n&apos;a pas démarré.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="58"/>
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="64"/>
        <source>evidence tag, e.g. EV-0042</source>
        <translation>scellé, p. ex. EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="68"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="69"/>
        <source>Read tag from a photo of its barcode…</source>
        <translation>Lire le scellé sur une photo de son code-barres…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="72"/>
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="75"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="86"/>
        <source>Photo of the tag</source>
        <translation>Photo du scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="94"/>
        <source>Read from the photo: {}</source>
        <translation>Lu sur la photo : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="96"/>
        <source>No barcode or QR code found: type the tag.</source>
        <translation>Aucun code-barres ni QR code trouvé : tapez le scellé.</translation>
    </message>
</context>
<context>
    <name>NewSubjectDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="142"/>
        <source>New subject</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="148"/>
        <source>e.g. S-0001</source>
        <translation>p. ex. S-0001</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="153"/>
        <source>three letters, e.g. SYR</source>
        <translation>trois lettres, p. ex. SYR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="156"/>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="157"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="158"/>
        <source>Name given (claimed)</source>
        <translation>Nom déclaré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="159"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="160"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/widgets.py" line="161"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Last attempt</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="52"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="80"/>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>uploading {}%</source>
        <translation>envoi {} %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="81"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="82"/>
        <source>verifying at HQ</source>
        <translation>vérification au QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="82"/>
        <source>acknowledged by HQ</source>
        <translation>accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="84"/>
        <source>REJECTED</source>
        <translation>REFUSÉ</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="211"/>
        <source>Double-click a bundle to see HQ&apos;s receipt</source>
        <translation>Double-cliquez un lot pour voir l&apos;accusé de réception du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="218"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="221"/>
        <source>Send the selected bundle again</source>
        <translation>Renvoyer le lot sélectionné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="223"/>
        <source>Free space: remove what HQ acknowledged…</source>
        <translation>Libérer de la place : retirer ce que le QG a reçu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="225"/>
        <source>Send automatically whenever HQ answers</source>
        <translation>Envoyer automatiquement dès que le QG répond</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="285"/>
        <source>{} waiting, {} acknowledged, {} rejected</source>
        <translation>{} en attente, {} reçus par le QG, {} refusés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="288"/>
        <source>HQ: {}</source>
        <translation>QG : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="290"/>
        <source>No HQ endpoint yet: import a provisioning file that names one (Settings). Bundles can still travel on a removable drive.</source>
        <translation>Pas encore d&apos;adresse du QG : importez un fichier de provisionnement qui en contient une (Réglages). Les lots peuvent toujours voyager sur un support amovible.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="294"/>
        <source>Asking HQ…</source>
        <translation>Interrogation du QG…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="297"/>
        <source>Already sending.</source>
        <translation>Envoi déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="304"/>
        <source>HQ answered; the outbox is up to date.</source>
        <translation>Le QG a répondu ; la boîte d&apos;envoi est à jour.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="305"/>
        <source>HQ did not answer: bundles wait and go when it does.</source>
        <translation>Le QG n&apos;a pas répondu : les lots attendent et partiront dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="315"/>
        <source>Nothing to remove: no capture is in a bundle HQ has acknowledged.</source>
        <translation>Rien à retirer : aucune saisie n&apos;est dans un lot reçu par le QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="319"/>
        <source>Free space</source>
        <translation>Libérer de la place</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="321"/>
        <source>{} capture(s), {:.1f} MB, are safe at HQ (acknowledged with a verified receipt).
Remove them from this laptop for good? Type REMOVE to confirm:</source>
        <translation>{} saisie(s), {:.1f} Mo, sont en sécurité au QG (accusé de réception vérifié).
Les retirer définitivement de cet ordinateur ? Tapez REMOVE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="325"/>
        <source>Nothing removed.</source>
        <translation>Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="330"/>
        <source>Removed {} capture(s); HQ holds them and the custody log keeps their hashes.</source>
        <translation>{} saisie(s) retirée(s) ; le QG les détient et le journal de traçabilité garde leurs empreintes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="340"/>
        <source>Bundle {}: no receipt from HQ yet.</source>
        <translation>Lot {} : pas encore d&apos;accusé de réception du QG.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="343"/>
        <source>Bundle {} — receipt signed by HQ ({}), signature verified</source>
        <translation>Lot {} — accusé signé par le QG ({}), signature vérifiée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="345"/>
        <source>Verdict: {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="346"/>
        <source>Received: {}</source>
        <translation>Reçu : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="347"/>
        <source>SHA-256 of the file sent: {}</source>
        <translation>SHA-256 du fichier envoyé : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="348"/>
        <source>Bundle id: {}</source>
        <translation>Identifiant du lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="351"/>
        <source>Reason: {}: {}</source>
        <translation>Motif : {} : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/outbox.py" line="356"/>
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
        <location filename="../../fieldkit/gui/pages/scanner.py" line="35"/>
        <source>Look for scanners</source>
        <translation>Chercher les scanners</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="44"/>
        <source>Grey</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="45"/>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="75"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="46"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="51"/>
        <source>Flatbed (one page)</source>
        <translation>Vitre (une page)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="52"/>
        <source>Document feeder (all pages)</source>
        <translation>Chargeur (toutes les pages)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="53"/>
        <source>Feeder, both sides</source>
        <translation>Chargeur, recto verso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="57"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="59"/>
        <source>Scan into the current item</source>
        <translation>Numériser dans la pièce en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="72"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="74"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="76"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="104"/>
        <source>Looking for scanners…</source>
        <translation>Recherche des scanners…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="117"/>
        <source>No scanner found. Connect one and switch it on.</source>
        <translation>Aucun scanner trouvé. Branchez-en un et allumez-le.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="136"/>
        <source>Preview (not stored).</source>
        <translation>Aperçu (non enregistré).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="144"/>
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d&apos;abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="149"/>
        <source>Scanning…</source>
        <translation>Numérisation…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="154"/>
        <source>Stored {} page(s) as capture #{} in {}</source>
        <translation>{} page(s) enregistrée(s), saisie n° {} dans {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/scanner.py" line="160"/>
        <source>Scanned page {}…</source>
        <translation>Page {} numérisée…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="43"/>
        <source>Add operator…</source>
        <translation>Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="45"/>
        <source>Remove operator</source>
        <translation>Retirer l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="47"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="51"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="60"/>
        <source>Import provisioning file…</source>
        <translation>Importer le fichier de provisionnement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="62"/>
        <source>Emergency wipe…</source>
        <translation>Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="71"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="73"/>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="74"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="75"/>
        <source>Store location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="76"/>
        <source>Device key fingerprint</source>
        <translation>Empreinte de la clé de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="77"/>
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="78"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="105"/>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="105"/>
        <source>New passphrase for {}:</source>
        <translation>Nouvelle phrase secrète pour {} :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="108"/>
        <source>Type it again:</source>
        <translation>Retapez-la :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="109"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="114"/>
        <source>Operator name:</source>
        <translation>Nom de l&apos;opérateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="121"/>
        <source>Added operator {}</source>
        <translation>Opérateur {} ajouté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="129"/>
        <source>Removed operator {}</source>
        <translation>Opérateur {} retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="141"/>
        <source>Changed the passphrase of {}</source>
        <translation>Phrase secrète de {} changée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="146"/>
        <source>Provisioned: {} new recipient(s)</source>
        <translation>Provisionné : {} nouveau(x) destinataire(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="152"/>
        <source>Emergency wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="153"/>
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>Ceci détruit toutes les clés : personne ne pourra plus jamais ouvrir ce coffre.
Tapez WIPE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/settings.py" line="156"/>
        <source>Wipe cancelled.</source>
        <translation>Effacement annulé.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="105"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="116"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="117"/>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="118"/>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/evidence.py" line="120"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SourceTroubles</name>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="93"/>
        <source>{} ({}) is not available: {}</source>
        <translation>{} ({}) n&apos;est pas disponible : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/base.py" line="94"/>
        <source>{} ({}) failed: {}</source>
        <translation>{} ({}) a échoué : {}</translation>
    </message>
</context>
<context>
    <name>TenprintPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="50"/>
        <source>New subject…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="55"/>
        <source>rolled</source>
        <translation>roulée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="56"/>
        <source>plain</source>
        <translation>posée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="57"/>
        <source>Capture finger (Space)</source>
        <translation>Capturer le doigt (Espace)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="60"/>
        <source>Import ten-print card…</source>
        <translation>Importer une fiche décadactylaire…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="62"/>
        <source>Add print from file…</source>
        <translation>Ajouter une empreinte depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="64"/>
        <source>Adjust cut…</source>
        <translation>Ajuster la découpe…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="66"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="163"/>
        <source>Choose or create a subject.</source>
        <translation>Choisissez ou créez une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="72"/>
        <source>Subject</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="76"/>
        <source>Live-scan device</source>
        <translation>Capteur d&apos;empreintes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="141"/>
        <source>No live-scan device: import a card or a print file</source>
        <translation>Aucun capteur : importez une fiche ou un fichier d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="170"/>
        <source>{}: {} of 14 impressions taken.</source>
        <translation>{} : {} empreintes sur 14 prises.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="172"/>
        <source>Take again: {}.</source>
        <translation>À reprendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="174"/>
        <source>Still to take: {}.</source>
        <translation>Restent à prendre : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="212"/>
        <source>Subject {} created.</source>
        <translation>Personne {} créée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="219"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="265"/>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="289"/>
        <source>Choose or create a subject first.</source>
        <translation>Choisissez ou créez d&apos;abord une personne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="222"/>
        <source>No live-scan device is connected.</source>
        <translation>Aucun capteur n&apos;est branché.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="228"/>
        <source>Capturing {}… keep the finger on the glass.</source>
        <translation>Capture : {}… gardez le doigt sur la vitre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="237"/>
        <source>{}: kept, but it could not be decoded ({}). Take it again.</source>
        <translation>{} : conservée, mais impossible à décoder ({}). Reprenez-la.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="242"/>
        <source>{}: POOR quality (NFIQ 2 {}). Take it again now: clean the glass, press evenly.</source>
        <translation>{} : qualité MAUVAISE (NFIQ 2 {}). Reprenez-la maintenant : nettoyez la vitre, appuyez uniformément.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="246"/>
        <source>{}: stored (NFIQ 2 {}).</source>
        <translation>{} : enregistrée (NFIQ 2 {}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="268"/>
        <source>Ten-print card scan (500 ppi)</source>
        <translation>Fiche décadactylaire numérisée (500 ppp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="272"/>
        <source>Cutting the card into its fourteen impressions…</source>
        <translation>Découpe de la fiche en quatorze empreintes…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="277"/>
        <source>Card stored; {} impressions cut.</source>
        <translation>Fiche enregistrée ; {} empreintes découpées.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="279"/>
        <source>Empty boxes: {}.</source>
        <translation>Cases vides : {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/fingerprints/tenprint.py" line="292"/>
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
        <location filename="../../fieldkit/gui/pages/verify.py" line="72"/>
        <source>HQ folder (made by &apos;fieldkit hq init&apos;)</source>
        <translation>Dossier du QG (créé par « fieldkit hq init »)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="73"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="75"/>
        <source>Open bundle…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="77"/>
        <source>Open or drop a bundle here.</source>
        <translation>Ouvrez ou déposez un lot ici.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="94"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="94"/>
        <source>Reason / how</source>
        <translation>Motif / comment</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="97"/>
        <source>Ingest</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="100"/>
        <source>Save HTML report…</source>
        <translation>Enregistrer le rapport HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="117"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="119"/>
        <source>Items and photos</source>
        <translation>Pièces et photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="124"/>
        <source>Custody timeline</source>
        <translation>Chronologie de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="128"/>
        <source>HQ folder</source>
        <translation>Dossier du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>Open bundle</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="133"/>
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>Lots (*.fkb);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="148"/>
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>Choisissez d&apos;abord le dossier du QG : il contient la clé qui ouvre les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="157"/>
        <source>Verifying {}…</source>
        <translation>Vérification de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="171"/>
        <source>VALID: authentic, complete and unaltered</source>
        <translation>VALIDE : authentique, complet et inaltéré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="172"/>
        <source>REJECTED: {}</source>
        <translation>REJETÉ : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="195"/>
        <source>{} captures: {} could not be analysed on the device, {} damaged; {} derived product(s) left out. Their originals are in the bundle.</source>
        <translation>{} saisies : {} n&apos;ont pas pu être analysées sur l&apos;appareil, {} endommagées ; {} produit(s) dérivé(s) laissé(s) de côté. Leurs originaux sont dans le lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="202"/>
        <source>VALID: authentic, complete and unaltered — but {} capture(s) failed analysis, {} damaged, {} product(s) left out (below)</source>
        <translation>VALIDE : authentique, complet et inaltéré — mais {} saisie(s) en échec d&apos;analyse, {} endommagée(s), {} produit(s) laissé(s) de côté (ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="221"/>
        <source>; missing from this device: {}</source>
        <translation>; manquants pour cet appareil : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages/verify.py" line="232"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>pane</name>
    <message>
        <location filename="../../fieldkit/gui/tables.py" line="189"/>
        <source>Select a row to read it whole here.</source>
        <translation>Sélectionnez une ligne pour la lire ici en entier.</translation>
    </message>
</context>
</TS>
