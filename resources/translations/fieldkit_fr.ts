<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="98" />
        <source>folder for new bundles</source>
        <translation>dossier des nouveaux lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="99" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="102" />
        <source>below 4 GiB (FAT32 sticks)</source>
        <translation>moins de 4 Gio (clés FAT32)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="104" />
        <source>Create bundle</source>
        <translation>Créer un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="106" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="117" />
        <source>Copy to removable drive…</source>
        <translation>Copier sur un support amovible…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="149" />
        <source>{} captures not yet bundled</source>
        <translation>{} saisies pas encore en lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="152" />
        <source>No headquarters recipient is set: bundles cannot be made until you import the provisioning file from headquarters (Settings).</source>
        <translation>Aucun destinataire QG : impossible de créer des lots avant d'importer le fichier de provisionnement du QG (Réglages).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="158" />
        <source>Folder for bundles</source>
        <translation>Dossier des lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="164" />
        <source>Choose a folder for the bundles first.</source>
        <translation>Choisissez d'abord un dossier pour les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="180" />
        <source>Created {} bundle(s).</source>
        <translation>{} lot(s) créé(s).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="181" />
        <source>Nothing to bundle.</source>
        <translation>Rien à mettre en lot.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="207" />
        <source>Choose the removable drive</source>
        <translation>Choisissez le support amovible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="214" />
        <source>Copied and verified: {}</source>
        <translation>Copié et vérifié : {}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="122" />
        <source>Create the fieldkit store</source>
        <translation>Créer le coffre fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="131" />
        <source>Operator name</source>
        <translation>Nom de l'opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="132" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="134" />
        <source>Passphrase again</source>
        <translation>Phrase secrète (encore)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="139" />
        <source>A new encrypted store will be created in {}.</source>
        <translation>Un nouveau coffre chiffré sera créé dans {}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="152" />
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="152" />
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="152" />
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="152" />
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="152" />
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="153" />
        <source>Strength: {}</source>
        <translation>Robustesse : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="161" />
        <source>Type the operator's name.</source>
        <translation>Tapez le nom de l'opérateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="164" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="179" />
        <source>Store created. Device key fingerprint (read it to headquarters):
{}</source>
        <translation>Coffre créé. Empreinte de la clé de l'appareil (à lire au QG) :
{}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="117" />
        <source>Search tag, case, category, description, date</source>
        <translation>Rechercher scellé, affaire, catégorie, description, date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="128" />
        <source>New item (Ctrl+N)</source>
        <translation>Nouvelle pièce (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="137" />
        <source>Select or create an item</source>
        <translation>Choisissez ou créez une pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="159" />
        <source>Captures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="160" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="161" />
        <source>Custody</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="180" />
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="181" />
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="182" />
        <source>Verify (HQ)</source>
        <translation>Vérifier (QG)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="183" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="207" />
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="212" />
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="213" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="214" />
        <source>Next item</source>
        <translation>Pièce suivante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="215" />
        <source>Previous item</source>
        <translation>Pièce précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="216" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="238" />
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="242" />
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="243" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="244" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="245" />
        <source>Time recovered (UTC)</source>
        <translation>Heure de récupération (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="246" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="288" />
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="338" />
        <source>Custody chain intact</source>
        <translation>Chaîne de traçabilité intacte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="338" />
        <source>CUSTODY CHAIN BROKEN: </source>
        <translation>CHAÎNE DE TRAÇABILITÉ ROMPUE : </translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="367" />
        <source>Saved; the change is in the custody log.</source>
        <translation>Enregistré ; la modification figure dans le journal de traçabilité.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="403" />
        <source>Select or create an item first.</source>
        <translation>Choisissez ou créez d'abord une pièce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="405" />
        <source>Import into this item</source>
        <translation>Importer dans cette pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="423" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="423" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="432" />
        <source>Imported {} files; last: {}</source>
        <translation>{} fichiers importés ; dernier : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="442" />
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="443" />
        <source>{} stored, {} duplicates, {} failed</source>
        <translation>{} enregistrés, {} doublons, {} échecs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="476" />
        <source>UNLOCKED</source>
        <translation>DÉVERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="476" />
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="480" />
        <source>Operator: {}</source>
        <translation>Opérateur : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="481" />
        <source>Not yet bundled: {}</source>
        <translation>Pas encore en lot : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="485" />
        <source>Free disk: {:.1f} GB</source>
        <translation>Disque libre : {:.1f} Go</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="503" />
        <source>Language saved; every text follows at the next start.</source>
        <translation>Langue enregistrée ; tous les textes suivront au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="513" />
        <source>The store was wiped: nobody can open it any more.</source>
        <translation>Le coffre a été effacé : personne ne peut plus l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="46" />
        <source>New item</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="52" />
        <source>evidence tag, e.g. EV-0042</source>
        <translation>scellé, p. ex. EV-0042</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="56" />
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="57" />
        <source>Evidence tag</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/mainwindow.py" line="58" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="387" />
        <source>Add operator…</source>
        <translation>Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="389" />
        <source>Remove operator</source>
        <translation>Retirer l'opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="391" />
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="395" />
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="404" />
        <source>Import provisioning file…</source>
        <translation>Importer le fichier de provisionnement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="406" />
        <source>Emergency wipe…</source>
        <translation>Effacement d'urgence…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="415" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="417" />
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="418" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="419" />
        <source>Store location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="420" />
        <source>Device key fingerprint</source>
        <translation>Empreinte de la clé de l'appareil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="421" />
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="422" />
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="439" />
        <location filename="../../fieldkit/gui/pages.py" line="442" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="439" />
        <source>New passphrase for {}:</source>
        <translation>Nouvelle phrase secrète pour {} :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="442" />
        <source>Type it again:</source>
        <translation>Retapez-la :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="443" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="448" />
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="448" />
        <source>Operator name:</source>
        <translation>Nom de l'opérateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="455" />
        <source>Added operator {}</source>
        <translation>Opérateur {} ajouté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="463" />
        <source>Removed operator {}</source>
        <translation>Opérateur {} retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="475" />
        <source>Changed the passphrase of {}</source>
        <translation>Phrase secrète de {} changée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="480" />
        <source>Provisioning file</source>
        <translation>Fichier de provisionnement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="485" />
        <source>Provisioned: {} new recipient(s)</source>
        <translation>Provisionné : {} nouveau(x) destinataire(s)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="491" />
        <source>Emergency wipe</source>
        <translation>Effacement d'urgence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="492" />
        <source>This destroys every key: nobody will ever open this store again.
Type WIPE to confirm:</source>
        <translation>Ceci détruit toutes les clés : personne ne pourra plus jamais ouvrir ce coffre.
Tapez WIPE pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="495" />
        <source>Wipe cancelled.</source>
        <translation>Effacement annulé.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="71" />
        <source>Unlock fieldkit</source>
        <translation>Déverrouiller fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="73" />
        <source>optional: your operator name</source>
        <translation>facultatif : votre nom d'opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="77" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="78" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="80" />
        <source>Store: {}</source>
        <translation>Coffre : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="91" />
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/dialogs.py" line="100" />
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Phrase secrète erronée. Rien n'a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="237" />
        <source>HQ folder (made by 'fieldkit hq init')</source>
        <translation>Dossier du QG (créé par « fieldkit hq init »)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="238" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="240" />
        <source>Open bundle…</source>
        <translation>Ouvrir un lot…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="242" />
        <source>Open or drop a bundle here.</source>
        <translation>Ouvrez ou déposez un lot ici.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="252" />
        <source>Ingest</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="255" />
        <source>Save HTML report…</source>
        <translation>Enregistrer le rapport HTML…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="272" />
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="274" />
        <source>Items and photos</source>
        <translation>Pièces et photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="276" />
        <source>Custody timeline</source>
        <translation>Chronologie de la traçabilité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="280" />
        <source>HQ folder</source>
        <translation>Dossier du QG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="285" />
        <source>Open bundle</source>
        <translation>Ouvrir un lot</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="285" />
        <source>Bundles (*.fkb);;All (*)</source>
        <translation>Lots (*.fkb);;Tous (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="300" />
        <source>Choose the HQ folder first: it holds the key that opens bundles.</source>
        <translation>Choisissez d'abord le dossier du QG : il contient la clé qui ouvre les lots.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="307" />
        <source>Verifying {}…</source>
        <translation>Vérification de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="321" />
        <source>VALID: authentic, complete and unaltered</source>
        <translation>VALIDE : authentique, complet et inaltéré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="322" />
        <source>REJECTED: {}</source>
        <translation>REJETÉ : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="355" />
        <source>; missing from this device: {}</source>
        <translation>; manquants pour cet appareil : {}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/gui/pages.py" line="366" />
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
</TS>