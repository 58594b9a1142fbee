<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Panne réseau</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Identification refusée</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The PIM cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>Le PIM est injoignable. Vérifiez l&apos;adresse et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The PIM did not answer in time. Try again in a moment.</source>
        <translation>Le PIM n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The PIM&apos;s certificate is not trusted, so the connection was stopped. Check the address, or ask your administrator about the certificate.</source>
        <translation>Le certificat du PIM n&apos;est pas reconnu&#xa0;: la connexion a donc été interrompue. Vérifiez l&apos;adresse, ou interrogez votre administrateur au sujet du certificat.</translation>
    </message>
    <message>
        <source>You are signed out of the PIM. Sign in again.</source>
        <translation>Votre session sur le PIM est terminée. Identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Your PIM user is not allowed to do this: it needs the permission &quot;Manage connections settings&quot;.</source>
        <translation>Votre utilisateur du PIM n&apos;a pas le droit de faire ceci&#xa0;: il lui faut la permission «&#xa0;Gérer les paramètres des connexions&#xa0;».</translation>
    </message>
    <message>
        <source>This connection no longer exists on the PIM. Refresh the list.</source>
        <translation>Cette connexion n&apos;existe plus sur le PIM. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The PIM refused the request.</source>
        <translation>Le PIM a refusé la requête.</translation>
    </message>
    <message>
        <source>The PIM had a problem (HTTP %1). Try again later; if it goes on, ask the PIM&apos;s administrator.</source>
        <translation>Le PIM a rencontré un problème (HTTP %1). Réessayez plus tard&#xa0;; si cela continue, adressez-vous à l&apos;administrateur du PIM.</translation>
    </message>
    <message>
        <source>The PIM&apos;s answer was not understood. Is the address that of an Akeneo PIM?</source>
        <translation>La réponse du PIM n&apos;a pas été comprise. Cette adresse est-elle bien celle d&apos;un Akeneo PIM&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The PIM refused the username or password. Check them and sign in again.</source>
        <translation>Le PIM a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les et identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>This needs the PIM, which cannot be used now. Try again once the PIM is back online.</source>
        <translation>Cette action a besoin du PIM, qui n&apos;est pas joignable pour le moment. Réessayez quand le PIM sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and your network connection, then try again.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez l&apos;adresse et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the connection was stopped. Check the address, or ask your administrator about the certificate.</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu&#xa0;: la connexion a donc été interrompue. Vérifiez l&apos;adresse, ou interrogez votre administrateur au sujet du certificat.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>This is not available on this PIM, or not for your PIM user. Ask the PIM&apos;s administrator.</source>
        <translation>Ceci n&apos;est pas disponible sur ce PIM, ou pas pour votre utilisateur PIM. Demandez à l&apos;administrateur du PIM.</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2 s: it was still sending. Try again in a moment.</source>
        <translation>%1 n’a pas terminé sa réponse en %2 s : elle arrivait encore. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The PIM did not finish its answer within %1 s: it was still sending. Try again in a moment.</source>
        <translation>Le PIM n’a pas terminé sa réponse en %1 s : elle arrivait encore. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try again in a moment.</source>
        <translation>%1 n’a pas répondu en %2 s. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Manage the connections of an Akeneo PIM (System › Connections) from the desktop.</source>
        <translation>Gérer les connexions d&apos;un Akeneo PIM (Système › Connexions) depuis le bureau.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>The username to sign in with (needs --server).</source>
        <translation>Le nom d&apos;utilisateur avec lequel s&apos;identifier (nécessite --server).</translation>
    </message>
    <message>
        <source>Never call the PIM: show the connections saved on this computer, read-only.</source>
        <translation>Ne jamais appeler le PIM&#xa0;: afficher les connexions enregistrées sur cet ordinateur, en lecture seule.</translation>
    </message>
    <message>
        <source>
Environment:
  PIM_PASSWORD  The password for --user: sign in at once, without the dialog.
</source>
        <translation>
Environnement&#xa0;:
  PIM_PASSWORD  Le mot de passe pour --user&#xa0;: identification immédiate, sans la boîte de dialogue.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir --help)</translation>
    </message>
    <message>
        <source>--user needs a username</source>
        <translation>--user a besoin d&apos;un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>--user needs --server: which PIM is it for?</source>
        <translation>--user a besoin de --server&#xa0;: pour quel PIM&#xa0;?</translation>
    </message>
    <message>
        <source>The PIM&apos;s address (https:// is assumed when no scheme is given; http:// only for a PIM on this computer). It is added to the known PIMs when new, and opened.</source>
        <translation>L&apos;adresse du PIM (https:// est supposé quand aucun schéma n&apos;est indiqué&#xa0;; http:// seulement pour un PIM sur cet ordinateur). Elle est ajoutée aux PIM connus si elle est nouvelle, puis ouverte.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Developed by %1</source>
        <translation>Développée par %1</translation>
    </message>
    <message>
        <source>%1, connected App</source>
        <translation>%1, App connectée</translation>
    </message>
</context>
<context>
    <name>AppLogoDownload</name>
    <message>
        <source>The App&apos;s logo address &quot;%1&quot; is not a web address.</source>
        <translation>L&apos;adresse du logo de l&apos;App «&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>The App&apos;s logo could not be downloaded from %1 (HTTP %2).</source>
        <translation>Le logo de l&apos;App n&apos;a pas pu être téléchargé depuis %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The App&apos;s logo at %1 is larger than %2, so it is not shown.</source>
        <translation>Le logo de l&apos;App à %1 dépasse %2&#xa0;: il n&apos;est pas affiché.</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Error monitoring</source>
        <translation>Suivi des erreurs</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This App is not connected to the PIM any more.</source>
        <translation>Cette App n&apos;est plus connectée au PIM.</translation>
    </message>
    <message>
        <source>Connected Apps</source>
        <translation>Apps connectées</translation>
    </message>
    <message>
        <source>New access authorization required.</source>
        <translation>Nouvelle autorisation d&apos;accès requise.</translation>
    </message>
    <message>
        <source>Open the App from the PIM&apos;s App Store to grant it.</source>
        <translation>Ouvrez l&apos;App depuis l&apos;App Store du PIM pour l&apos;accorder.</translation>
    </message>
    <message>
        <source>App not connected. Opening the App should fix the connection issues.</source>
        <translation>App non connectée. Ouvrir l&apos;App devrait résoudre les problèmes de connexion.</translation>
    </message>
    <message>
        <source>App settings successfully updated.</source>
        <translation>Paramètres de l&apos;App mis à jour avec succès.</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Affichage de ce qui est enregistré sur cet ordinateur&#xa0;: les modifications ont besoin du PIM.</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
</context>
<context>
    <name>AppSettingsForm</name>
    <message>
        <source>&amp;Track in Data flows dashboard</source>
        <translation>Suivre dans le &amp;tableau de bord des flux de données</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Track in Data flows dashboard</source>
        <translation>Suivre dans le tableau de bord des flux de données</translation>
    </message>
    <message>
        <source>You can only track “Source” and “Destination” connections.</source>
        <translation>Seules les connexions «&#xa0;Source&#xa0;» et «&#xa0;Destination&#xa0;» peuvent être suivies.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Authorised access</source>
        <translation>Accès autorisés</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Paramètres généraux</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>Type de &amp;flux</translation>
    </message>
    <message>
        <source>Not given by the PIM</source>
        <translation>Non indiqué par le PIM</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Not available for the flow type Other: its data flows are not monitored.</source>
        <translation>Non disponible pour le type de flux Autre&#xa0;: ses flux de données ne sont pas surveillés.</translation>
    </message>
</context>
<context>
    <name>AuditCounts</name>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a day (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;daily&quot; is missing</source>
        <translation>«&#xa0;daily&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>&quot;current_week&quot; is missing</source>
        <translation>«&#xa0;current_week&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
</context>
<context>
    <name>BusinessError</name>
    <message>
        <source>an error is not a JSON object</source>
        <translation>une erreur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;content&quot; is missing</source>
        <translation>«&#xa0;content&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the list of errors is not a JSON array</source>
        <translation>la liste des erreurs n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>erreur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BusinessErrorCsv</name>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID du produit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>BusinessErrorFilterModel</name>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessErrorTableModel</name>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>Business error message</source>
        <translation>Message d&apos;erreur métier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Product name: %1 with the ID %2</source>
        <translation>Nom du produit&#xa0;: %1 avec l&apos;ID %2</translation>
    </message>
    <message>
        <source>Product name: %1</source>
        <translation>Nom du produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Product with the ID %1</source>
        <translation>Produit avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locale: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BusinessErrorTableView</name>
    <message>
        <source>Business errors</source>
        <translation>Erreurs métier</translation>
    </message>
</context>
<context>
    <name>BusinessErrorsModel</name>
    <message numerus="yes">
        <source>%Ln business error(s)</source>
        <extracomment>The count of a source in &quot;Business errors per data source&quot;, as the PIM says it.</extracomment>
        <translation>
            <numerusform>%Ln erreur métier</numerusform>
            <numerusform>%Ln erreurs métier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business errors</source>
        <translation>%1 erreurs métier</translation>
    </message>
    <message>
        <source>Open the error monitoring of “%1”</source>
        <translation>Ouvrir le suivi des erreurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Business errors</source>
        <translation>Erreurs métier</translation>
    </message>
</context>
<context>
    <name>BusinessErrorsPanel</name>
    <message>
        <source>Business errors per data source</source>
        <translation>Erreurs métier par source de données</translation>
    </message>
    <message>
        <source>Over the last 7 days</source>
        <translation>Sur les 7 derniers jours</translation>
    </message>
    <message>
        <source>Activate a data source to open its error monitoring.</source>
        <translation>Activez une source de données pour ouvrir son suivi des erreurs.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>BusyStrip</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>fichier tronqué</translation>
    </message>
    <message>
        <source>The offline copy of your connections cannot be created, because the folder %1 cannot be created. The app works without it until it is restarted; check the permissions of that folder.</source>
        <translation>La copie hors ligne de vos connexions ne peut pas être créée, car le dossier %1 ne peut pas être créé. L&apos;application fonctionne sans elle jusqu&apos;à son redémarrage&#xa0;; vérifiez les droits de ce dossier.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) cannot be opened: %2. The app works without it until it is restarted.</source>
        <translation>La copie hors ligne de vos connexions (%1) ne peut pas être ouverte&#xa0;: %2. L&apos;application fonctionne sans elle jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is unusable and cannot be set aside: %2. The app works without it until it is restarted; move or delete that file.</source>
        <translation>La copie hors ligne de vos connexions (%1) est inutilisable et ne peut pas être mise de côté&#xa0;: %2. L&apos;application fonctionne sans elle jusqu&apos;à son redémarrage&#xa0;; déplacez ou supprimez ce fichier.</translation>
    </message>
    <message>
        <source>A new offline copy cannot be created either (%1): the app works without it until it is restarted.</source>
        <translation>Une nouvelle copie hors ligne ne peut pas être créée non plus (%1)&#xa0;: l&apos;application fonctionne sans elle jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>not a cache of this app</source>
        <translation>ce n&apos;est pas un cache de cette application</translation>
    </message>
    <message>
        <source>schema version %1, this app knows up to %2</source>
        <translation>version de schéma %1, cette application connaît au plus la %2</translation>
    </message>
    <message>
        <source>upgrade from schema version %1 failed: %2</source>
        <translation>la mise à jour depuis la version de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>impossible de renommer %1</translation>
    </message>
    <message>
        <source>cannot move %1</source>
        <translation>impossible de déplacer %1</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was damaged. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>La copie hors ligne de vos connexions (%1) était endommagée. Elle a été mise de côté sous le nom %2 et une nouvelle copie, vide, a été commencée&#xa0;: vos connexions seront de nouveau téléchargées depuis le PIM.</translation>
    </message>
    <message>
        <source>The file %1 is not an offline copy made by this app. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>Le fichier %1 n&apos;est pas une copie hors ligne faite par cette application. Il a été mis de côté sous le nom %2 et une nouvelle copie, vide, a été commencée&#xa0;: vos connexions seront de nouveau téléchargées depuis le PIM.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is locked by another program. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM. If another copy of this app is running, close it.</source>
        <translation>La copie hors ligne de vos connexions (%1) est verrouillée par un autre programme. Elle a été mise de côté sous le nom %2 et une nouvelle copie, vide, a été commencée&#xa0;: vos connexions seront de nouveau téléchargées depuis le PIM. Si une autre instance de cette application est ouverte, fermez-la.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was written by a newer version of this app. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>La copie hors ligne de vos connexions (%1) a été écrite par une version plus récente de cette application. Elle a été mise de côté sous le nom %2 et une nouvelle copie, vide, a été commencée&#xa0;: vos connexions seront de nouveau téléchargées depuis le PIM.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is in an old format that this version of the app cannot bring up to date. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>La copie hors ligne de vos connexions (%1) est dans un ancien format que cette version de l&apos;application ne sait pas mettre à jour. Elle a été mise de côté sous le nom %2 et une nouvelle copie, vide, a été commencée&#xa0;: vos connexions seront de nouveau téléchargées depuis le PIM.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was set aside as %2.</source>
        <translation>La copie hors ligne de vos connexions (%1) a été mise de côté sous le nom %2.</translation>
    </message>
    <message>
        <source>The offline copy of your connections is not available.</source>
        <translation>La copie hors ligne de vos connexions n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>statement %1 refused by the test hook</source>
        <translation>instruction %1 refusée par le point d&apos;accroche de test</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be read: %1.</source>
        <translation>La copie hors ligne de vos connexions n&apos;a pas pu être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): %2.</source>
        <translation>La copie hors ligne de vos connexions n&apos;a pas pu être mise à jour (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): %2. The previous copy is kept.</source>
        <translation>La copie hors ligne de vos connexions n&apos;a pas pu être mise à jour (%1)&#xa0;: %2. La copie précédente est conservée.</translation>
    </message>
    <message>
        <source>no PIM instance given</source>
        <translation>aucune instance de PIM indiquée</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>details of %1</source>
        <translation>détails de %1</translation>
    </message>
    <message>
        <source>a connection without code</source>
        <translation>une connexion sans code</translation>
    </message>
    <message>
        <source>logo %1</source>
        <translation>logo %1</translation>
    </message>
    <message>
        <source>a logo without image path</source>
        <translation>un logo sans chemin d&apos;image</translation>
    </message>
    <message>
        <source>an empty logo</source>
        <translation>un logo vide</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>wrong credentials</source>
        <translation>identifiants mal combinés</translation>
    </message>
    <message>
        <source>connection limit</source>
        <translation>limite de connexions</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>removal of a PIM</source>
        <translation>suppression d&apos;un PIM</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>errors of %1</source>
        <translation>erreurs de %1</translation>
    </message>
    <message>
        <source>connected Apps</source>
        <translation>Apps connectées</translation>
    </message>
    <message>
        <source>settings of %1</source>
        <translation>paramètres de %1</translation>
    </message>
    <message>
        <source>the App %1 is not in the offline copy</source>
        <translation>l&apos;App %1 n&apos;est pas dans la copie hors ligne</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): the disk is full or cannot be written (%2). Free some space; the previous copy is kept.</source>
        <translation>La copie hors ligne de vos connexions n’a pas pu être mise à jour (%1) : le disque est plein ou ne peut pas être écrit (%2). Libérez de la place ; la copie précédente est conservée.</translation>
    </message>
    <message>
        <source>event subscription of %1</source>
        <translation>abonnement aux événements de %1</translation>
    </message>
    <message>
        <source>event logs of %1</source>
        <translation>journaux d&apos;événements de %1</translation>
    </message>
    <message>
        <source>logo at %1</source>
        <translation>logo à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>a logo without address</source>
        <translation>un logo sans adresse</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est introuvable</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Total over the last 7 days: %1</source>
        <translation>Total sur les 7 derniers jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: the charts module could not be loaded (%1).</source>
        <translation>Le graphique ne peut pas être dessiné&#xa0;: le module des graphiques n&apos;a pas pu être chargé (%1).</translation>
    </message>
</context>
<context>
    <name>ChartReason</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has the flow type “Other”: Data flows never counts such connections.</source>
        <translation>%1 a le type de flux «&#xa0;Autre&#xa0;»&#xa0;: les flux de données ne comptent jamais ces connexions.</translation>
    </message>
    <message>
        <source>Tracking is off for %1: its products are not counted. Turn on “Track in Data flows dashboard” in %2.</source>
        <translation>Le suivi est désactivé pour %1&#xa0;: ses produits ne sont pas comptés. Activez «&#xa0;Suivre dans le tableau de bord des flux de données&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>ses paramètres</translation>
    </message>
    <message>
        <source>None of your source connections is tracked. Turn on “Track in Data flows dashboard” in a connection&apos;s settings to see its charts here.</source>
        <translation>Aucune de vos connexions sources n&apos;est suivie. Activez «&#xa0;Suivre dans le tableau de bord des flux de données&#xa0;» dans les paramètres d&apos;une connexion pour voir ses graphiques ici.</translation>
    </message>
    <message>
        <source>None of your destination connections is tracked. Turn on “Track in Data flows dashboard” in a connection&apos;s settings to see its charts here.</source>
        <translation>Aucune de vos connexions de destination n&apos;est suivie. Activez «&#xa0;Suivre dans le tableau de bord des flux de données&#xa0;» dans les paramètres d&apos;une connexion pour voir ses graphiques ici.</translation>
    </message>
    <message>
        <source>Connections with the flow type “Other” are never counted. Give a connection the flow type “Data source” to see it here.</source>
        <translation>Les connexions de type de flux «&#xa0;Autre&#xa0;» ne sont jamais comptées. Donnez à une connexion le type de flux «&#xa0;Source de données&#xa0;» pour la voir ici.</translation>
    </message>
    <message>
        <source>Connections with the flow type “Other” are never counted. Give a connection the flow type “Data destination” to see it here.</source>
        <translation>Les connexions de type de flux «&#xa0;Autre&#xa0;» ne sont jamais comptées. Donnez à une connexion le type de flux «&#xa0;Destination de données&#xa0;» pour la voir ici.</translation>
    </message>
    <message>
        <source>Want to see some fancy charts about your source connections?</source>
        <translation>Envie de voir de jolis graphiques sur vos connexions sources&#xa0;?</translation>
    </message>
    <message>
        <source>Want to see some fancy charts about your destination connections?</source>
        <translation>Envie de voir de jolis graphiques sur vos connexions de destination&#xa0;?</translation>
    </message>
    <message>
        <source>Create and start tracking your first one %1</source>
        <translation>Créez et commencez à suivre votre première connexion %1</translation>
    </message>
    <message>
        <source>here.</source>
        <translation>ici.</translation>
    </message>
    <message numerus="yes">
        <source>The connector of %1 calls the API with another user&apos;s username (%2): those calls are not counted. Make it use the connection&apos;s own username.</source>
        <translation>
            <numerusform>Le connecteur de %1 appelle l&apos;API avec le nom d&apos;utilisateur d&apos;un autre utilisateur (%2)&#xa0;: ces appels ne sont pas comptés. Faites-lui utiliser le nom d&apos;utilisateur de la connexion.</numerusform>
            <numerusform>Les connecteurs de %1 appellent l&apos;API avec le nom d&apos;utilisateur d&apos;un autre utilisateur (%2)&#xa0;: ces appels ne sont pas comptés. Faites-leur utiliser le nom d&apos;utilisateur de leur connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>l&apos;option --%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 a besoin d&apos;une valeur</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2</source>
        <translation>option inconnue --%1 pour %2</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>option --%1 indiquée deux fois</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 a besoin de %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs the PIM: it cannot run with --offline</source>
        <translation>%1 a besoin du PIM&#xa0;: impossible avec --offline</translation>
    </message>
    <message>
        <source>--flow-type takes source, destination or other</source>
        <translation>--flow-type prend source, destination ou other</translation>
    </message>
    <message>
        <source>update needs at least one of --label, --flow-type, --auditable, --image, --role, --group</source>
        <translation>update a besoin d&apos;au moins une des options --label, --flow-type, --auditable, --image, --role, --group</translation>
    </message>
    <message>
        <source>test-credentials needs --password</source>
        <translation>test-credentials a besoin de --password</translation>
    </message>
    <message>
        <source>--%1 takes yes or no</source>
        <translation>--%1 prend yes ou no</translation>
    </message>
    <message>
        <source>--event-type takes product_created, product_updated or product_read</source>
        <translation>--event-type prend product_created, product_updated ou product_read</translation>
    </message>
    <message>
        <source>--end-date takes a date like 2020-01-07</source>
        <translation>--end-date prend une date comme 2020-01-07</translation>
    </message>
    <message>
        <source>--level takes info, notice, warning or error, separated by commas</source>
        <translation>--level prend info, notice, warning ou error, séparés par des virgules</translation>
    </message>
    <message>
        <source>webhook-set needs at least one of --url, --enabled, --uuid</source>
        <translation>webhook-set demande au moins une des options --url, --enabled, --uuid</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>list the connections</source>
        <translation>lister les connexions</translation>
    </message>
    <message>
        <source>Lists the connections in the PIM&apos;s order (oldest first): code, label, flow type, tracking. A &quot;!&quot; marks a connection whose client ID was used with another user&apos;s username. With --offline: the app&apos;s offline copy, with the time it was taken.</source>
        <translation>Liste les connexions dans l&apos;ordre du PIM (les plus anciennes d&apos;abord)&#xa0;: code, libellé, type de flux, suivi. Un «&#xa0;!&#xa0;» signale une connexion dont l&apos;identifiant client a été utilisé avec le nom d&apos;utilisateur d&apos;un autre utilisateur. Avec --offline&#xa0;: la copie hors ligne de l&apos;application, avec l&apos;heure à laquelle elle a été faite.</translation>
    </message>
    <message>
        <source>show a connection with its credentials (secret included)</source>
        <translation>afficher une connexion et ses identifiants (secret compris)</translation>
    </message>
    <message>
        <source>Shows a connection: label, flow type, tracking, image, role and group, and its credentials: client ID, secret, username. The password is never shown again after creation: regenerate it if it was lost. With --offline: the offline copy, and the secret kept in the keychain.</source>
        <translation>Affiche une connexion&#xa0;: libellé, type de flux, suivi, image, rôle et groupe, et ses identifiants&#xa0;: identifiant client, secret, nom d&apos;utilisateur. Le mot de passe n&apos;est plus jamais affiché après la création&#xa0;: régénérez-le s&apos;il a été perdu. Avec --offline&#xa0;: la copie hors ligne, et le secret conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>create a connection and print its credentials</source>
        <translation>créer une connexion et afficher ses identifiants</translation>
    </message>
    <message>
        <source>Creates a connection. Without --code, the code is made from the label as the PIM&apos;s form does (&quot;Magento 2 - Prod&quot; gives magento2_prod). The flow type is source unless given. Prints the credentials, including the one-time password: save it, it is not shown twice.</source>
        <translation>Crée une connexion. Sans --code, le code est tiré du libellé comme le fait le formulaire du PIM («&#xa0;Magento 2 - Prod&#xa0;» donne magento2_prod). Le type de flux est source sauf indication contraire. Affiche les identifiants, y compris le mot de passe à usage unique&#xa0;: notez-le, il n&apos;est pas montré deux fois.</translation>
    </message>
    <message>
        <source>change a connection&apos;s label, flow type, tracking, image or permissions</source>
        <translation>modifier libellé, type de flux, suivi, image ou permissions d&apos;une connexion</translation>
    </message>
    <message>
        <source>Reads the connection, applies the changes given and saves it; what is not given stays as it is. --auditable is &quot;Track in Data flows dashboard&quot; (always no for flow type other). --image uploads a picture file (jpg, jpeg, gif, png, wbmp, xbm, webp, bmp) first. --role and --group take the ids the PIM uses; --group none removes it.</source>
        <translation>Lit la connexion, applique les modifications indiquées et l&apos;enregistre&#xa0;; ce qui n&apos;est pas indiqué reste inchangé. --auditable correspond à «&#xa0;Suivre dans le tableau de bord des flux de données&#xa0;» (toujours no pour le type de flux other). --image envoie d&apos;abord un fichier image (jpg, jpeg, gif, png, wbmp, xbm, webp, bmp). --role et --group prennent les identifiants utilisés par le PIM&#xa0;; --group none retire le groupe.</translation>
    </message>
    <message>
        <source>give a connection a new secret, and print it</source>
        <translation>donner un nouveau secret à une connexion, et l&apos;afficher</translation>
    </message>
    <message>
        <source>Regenerates the connection secret; the client ID stays. Connectors that use the old secret get 401 errors until they use the new one. Asks for confirmation unless --yes is given.</source>
        <translation>Régénère le secret de la connexion&#xa0;; l&apos;identifiant client ne change pas. Les connecteurs qui utilisent l&apos;ancien secret reçoivent des erreurs 401 jusqu&apos;à ce qu&apos;ils utilisent le nouveau. Demande une confirmation, sauf avec --yes.</translation>
    </message>
    <message>
        <source>give a connection a new password, and print it</source>
        <translation>donner un nouveau mot de passe à une connexion, et l&apos;afficher</translation>
    </message>
    <message>
        <source>Regenerates the password of the connection&apos;s user. Connectors that use the old password get 401 errors until they use the new one. Asks for confirmation unless --yes is given.</source>
        <translation>Régénère le mot de passe de l&apos;utilisateur de la connexion. Les connecteurs qui utilisent l&apos;ancien mot de passe reçoivent des erreurs 401 jusqu&apos;à ce qu&apos;ils utilisent le nouveau. Demande une confirmation, sauf avec --yes.</translation>
    </message>
    <message>
        <source>delete a connection</source>
        <translation>supprimer une connexion</translation>
    </message>
    <message>
        <source>Deletes the connection, its user and its API client. Connectors that use it get 401 errors. Asks for confirmation unless --yes is given.</source>
        <translation>Supprime la connexion, son utilisateur et son client d&apos;API. Les connecteurs qui l&apos;utilisent reçoivent des erreurs 401. Demande une confirmation, sauf avec --yes.</translation>
    </message>
    <message>
        <source>check that a connection&apos;s credentials work on the PIM&apos;s API</source>
        <translation>vérifier les identifiants d&apos;une connexion sur l&apos;API du PIM</translation>
    </message>
    <message>
        <source>Asks the PIM&apos;s API for a token with the connection&apos;s client ID, secret, username and the password given, then reads one product with it, as a connector would. Exit code 1 with the PIM&apos;s words when it refuses them.</source>
        <translation>Demande un jeton à l&apos;API du PIM avec l&apos;identifiant client, le secret et le nom d&apos;utilisateur de la connexion et le mot de passe indiqué, puis lit un produit avec ce jeton, comme le ferait un connecteur. Code de sortie 1, avec les mots du PIM, quand il les refuse.</translation>
    </message>
    <message>
        <source>Usage: %1 [--server URL] [--user NAME] [--offline] [--json] [--yes] COMMAND [ARGUMENTS]

Manages the connections of an Akeneo PIM (System &gt; Connections) from the command line, with the PIM Connections app&apos;s list of PIMs, offline copy and keychain.

Commands:
%2
%3
The administrator&apos;s password comes from the PIM_PASSWORD environment variable, or the keychain (when the app remembers it), or else is asked for without echo (only in a terminal).

Exit codes: 0 success; 1 the PIM refused (its reasons on stderr); 2 usage (unknown command or option, missing argument, not confirmed); 3 the PIM cannot be reached or signing in failed.
</source>
        <translation>Utilisation&#xa0;: %1 [--server URL] [--user NAME] [--offline] [--json] [--yes] COMMAND [ARGUMENTS]

Gère les connexions d&apos;un Akeneo PIM (Système &gt; Connexions) en ligne de commande, avec la liste des PIM, la copie hors ligne et le trousseau de l&apos;application PIM Connections.

Commandes&#xa0;:
%2
%3
Le mot de passe de l&apos;administrateur vient de la variable d&apos;environnement PIM_PASSWORD, ou du trousseau (quand l&apos;application le mémorise), ou sinon il est demandé sans écho (seulement dans un terminal).

Codes de sortie&#xa0;: 0 succès&#xa0;; 1 le PIM a refusé (ses raisons sur stderr)&#xa0;; 2 utilisation (commande ou option inconnue, argument manquant, non confirmé)&#xa0;; 3 le PIM est injoignable ou l&apos;identification a échoué.
</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] %2

%3

%4</source>
        <translation>Utilisation&#xa0;: %1 [OPTIONS] %2

%3

%4</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour les commandes et les options.</translation>
    </message>
    <message>
        <source>Options:
  --server URL   the PIM&apos;s address; joins the app&apos;s list of PIMs once signed in
  --user NAME    the administrator who signs in (with --server, or for the
                 current PIM); without both: the PIM the app used last
  --offline      no network: read the app&apos;s offline copy (list, show,
                 dashboard, errors, apps and app only)
  --json         print the PIM&apos;s JSON (list: the list items; show, create and
                 regenerate-secret: the connection with its credentials;
                 update: its settings; regenerate-password: the password;
                 dashboard, errors, apps, app, app-settings: the route&apos;s answer)
  --yes          do not ask for confirmation (regenerate-*, delete, delete-app)
  -h, --help     this help; &quot;COMMAND --help&quot; for a command&apos;s
  -v, --version  the version
</source>
        <translation>Options&#xa0;:
  --server URL   l&apos;adresse du PIM&#xa0;; elle rejoint la liste des PIM de
                 l&apos;application une fois identifié
  --user NAME    l&apos;administrateur qui s&apos;identifie (avec --server, ou pour le
                 PIM actuel)&#xa0;; sans les deux&#xa0;: le dernier PIM utilisé par
                 l&apos;application
  --offline      sans réseau&#xa0;: lire la copie hors ligne de l&apos;application
                 (list, show, dashboard, errors, apps et app seulement)
  --json         afficher le JSON du PIM (list&#xa0;: les éléments de la liste&#xa0;;
                 show, create et regenerate-secret&#xa0;: la connexion avec ses
                 identifiants&#xa0;; update&#xa0;: ses paramètres&#xa0;; regenerate-password&#xa0;:
                 le mot de passe&#xa0;; dashboard, errors, apps, app, app-settings&#xa0;:
                 la réponse de la route)
  --yes          ne pas demander de confirmation (regenerate-*, delete,
                 delete-app)
  -h, --help     cette aide&#xa0;; «&#xa0;COMMAND --help&#xa0;» pour l&apos;aide d&apos;une commande
  -v, --version  la version
</translation>
    </message>
    <message>
        <source>show the Data flows dashboard: 8 days of counts per connection</source>
        <translation>afficher le tableau de bord Data flows&#xa0;: 8 jours de comptes par connexion</translation>
    </message>
    <message>
        <source>Shows the Data flows dashboard for the 8 days ending with --end-date (default: the PIM&apos;s today, in the PIM user&apos;s time zone): the products created (or updated, or read: --event-type) per day and per tracked connection, &quot;&lt;all&gt;&quot; first, with the total of the last 7 days (the first day is the day before the week); then the errors per day of the data sources and their business errors over the 7 days. --json prints the PIM&apos;s answer for that event type. With --offline: the week kept in the offline copy.</source>
        <translation>Affiche le tableau de bord Data flows pour les 8 jours qui finissent le --end-date (par défaut&#xa0;: aujourd&apos;hui pour le PIM, dans le fuseau horaire de l&apos;utilisateur du PIM)&#xa0;: les produits créés (ou mis à jour, ou lus&#xa0;: --event-type) par jour et par connexion suivie, «&lt;all&gt;» d&apos;abord, avec le total des 7 derniers jours (le premier jour est la veille de la semaine)&#xa0;; puis les erreurs par jour des sources de données et leurs erreurs métier sur les 7 jours. --json affiche la réponse du PIM pour ce type d&apos;événement. Avec --offline&#xa0;: la semaine gardée dans la copie hors ligne.</translation>
    </message>
    <message>
        <source>list the business errors of a source connection</source>
        <translation>lister les erreurs métier d&apos;une connexion source</translation>
    </message>
    <message>
        <source>Lists the latest business errors (at most 100, of the last 7 days) of a source connection, newest first: date and time (this computer&apos;s time zone), message, product, family, locale and channel. --search keeps the errors whose content contains the text, ignoring case, as the PIM&apos;s screen does. --csv prints them as CSV with a header row; --json as the PIM&apos;s answer.</source>
        <translation>Liste les dernières erreurs métier (100 au plus, des 7 derniers jours) d&apos;une connexion source, les plus récentes d&apos;abord&#xa0;: date et heure (fuseau horaire de cet ordinateur), message, produit, famille, locale et canal. --search garde les erreurs dont le contenu contient le texte, sans tenir compte de la casse, comme l&apos;écran du PIM. --csv les affiche en CSV avec une ligne d&apos;en-tête&#xa0;; --json comme la réponse du PIM.</translation>
    </message>
    <message>
        <source>list the connected Apps</source>
        <translation>lister les Apps connectées</translation>
    </message>
    <message>
        <source>Lists the Apps connected to the PIM: code (their connection&apos;s), name, author and status. Exit code 1 when the PIM does not offer connected Apps, or not to this user.</source>
        <translation>Liste les Apps connectées au PIM&#xa0;: code (celui de leur connexion), nom, auteur et état. Code de sortie 1 quand le PIM n&apos;offre pas les Apps connectées, ou pas à cet utilisateur.</translation>
    </message>
    <message>
        <source>show a connected App with its monitoring settings</source>
        <translation>afficher une App connectée avec ses paramètres de suivi</translation>
    </message>
    <message>
        <source>Shows a connected App: name, author, user group, username, categories, scopes, logo address, and its monitoring settings (flow type, tracking). --json prints the App as the PIM lists it.</source>
        <translation>Affiche une App connectée&#xa0;: nom, auteur, groupe d&apos;utilisateurs, nom d&apos;utilisateur, catégories, portées, adresse du logo, et ses paramètres de suivi (type de flux, suivi). --json affiche l&apos;App comme le PIM la liste.</translation>
    </message>
    <message>
        <source>show or change a connected App&apos;s monitoring settings</source>
        <translation>afficher ou modifier les paramètres de suivi d&apos;une App connectée</translation>
    </message>
    <message>
        <source>Without options, shows the App&apos;s flow type and whether it is tracked in the Data flows dashboard. With --flow-type or --tracked, changes them (what is not given stays as it is; an App of flow type other is never tracked) and shows the result.</source>
        <translation>Sans option, affiche le type de flux de l&apos;App et si elle est suivie dans le tableau de bord Data flows. Avec --flow-type ou --tracked, les modifie (ce qui n&apos;est pas donné reste tel quel&#xa0;; une App du type de flux other n&apos;est jamais suivie) et affiche le résultat.</translation>
    </message>
    <message>
        <source>disconnect and delete a connected App</source>
        <translation>déconnecter et supprimer une App connectée</translation>
    </message>
    <message>
        <source>Deletes the App, its connection and its authorizations: it can no longer call the PIM. Asks for confirmation unless --yes is given.</source>
        <translation>Supprime l&apos;App, sa connexion et ses autorisations&#xa0;: elle ne peut plus appeler le PIM. Demande une confirmation, sauf avec --yes.</translation>
    </message>
    <message>
        <source>show a connection&apos;s event subscription (secret included)</source>
        <translation>afficher l&apos;abonnement aux événements d&apos;une connexion (secret compris)</translation>
    </message>
    <message>
        <source>Shows the event subscription of a connection: whether it is on, the URL the PIM sends product events to, the secret that signs them, whether events carry product UUIDs, and how many of the PIM&apos;s active subscriptions are used. --json prints the PIM&apos;s answer. With --offline: the offline copy, and the secret kept in the keychain. Exit code 1 where the PIM has no Events API.</source>
        <translation>Affiche l&apos;abonnement aux événements d&apos;une connexion&#xa0;: s&apos;il est activé, l&apos;URL à laquelle le PIM envoie les événements produits, le secret qui les signe, si les événements portent les UUID des produits, et combien des abonnements actifs du PIM sont utilisés. --json affiche la réponse du PIM. Avec --offline&#xa0;: la copie hors ligne, et le secret gardé dans le trousseau. Code de sortie 1 là où le PIM n&apos;a pas d&apos;API Events.</translation>
    </message>
    <message>
        <source>change a connection&apos;s event subscription</source>
        <translation>modifier l&apos;abonnement aux événements d&apos;une connexion</translation>
    </message>
    <message>
        <source>Reads the event subscription, applies the changes given and saves it; what is not given stays as it is. --url &quot;&quot; removes the URL. --uuid is &quot;Use product UUID instead of product identifier&quot; (PIM 7 and later). The PIM refuses a URL that is not http or https or that is internal, and more active subscriptions than its limit. Prints the subscription saved.</source>
        <translation>Lit l&apos;abonnement aux événements, applique les changements donnés et l&apos;enregistre&#xa0;; ce qui n&apos;est pas donné reste tel quel. --url &quot;&quot; retire l&apos;URL. --uuid correspond à «&#xa0;Utiliser l&apos;UUID du produit au lieu de l&apos;identifiant du produit&#xa0;» (PIM 7 et suivants). Le PIM refuse une URL qui n&apos;est ni http ni https ou qui est interne, et plus d&apos;abonnements actifs que sa limite. Affiche l&apos;abonnement enregistré.</translation>
    </message>
    <message>
        <source>have the PIM send a test request to the subscription&apos;s URL</source>
        <translation>faire envoyer par le PIM une requête de test à l&apos;URL de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Asks the PIM to send one signed request to the saved URL, as the &quot;Test&quot; button does, and prints the PIM&apos;s status line (&quot;200 OK&quot;...). Exit code 1 when the URL did not answer with success.</source>
        <translation>Demande au PIM d&apos;envoyer une requête signée à l&apos;URL enregistrée, comme le fait le bouton «&#xa0;Tester&#xa0;», et affiche la ligne d&apos;état du PIM («&#xa0;200 OK&#xa0;»...). Code de sortie 1 quand l&apos;URL n&apos;a pas répondu par un succès.</translation>
    </message>
    <message>
        <source>give an event subscription a new secret, and print it</source>
        <translation>donner un nouveau secret à un abonnement aux événements, et l&apos;afficher</translation>
    </message>
    <message>
        <source>Regenerates the secret that signs the events sent to the URL. The receiving server must be updated with the new secret, or it refuses the events. Asks for confirmation unless --yes is given.</source>
        <translation>Régénère le secret qui signe les événements envoyés à l&apos;URL. Le serveur qui les reçoit doit être mis à jour avec le nouveau secret, sinon il refuse les événements. Demande confirmation sauf si --yes est donné.</translation>
    </message>
    <message>
        <source>list the event logs of a connection, newest first</source>
        <translation>lister les journaux d&apos;événements d&apos;une connexion, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Lists the event logs of a connection&apos;s subscription, newest first: date and time (this computer&apos;s time zone), level and message; the PIM keeps the error and warning logs of the last 72 hours and the last 100 info and notice logs. --level keeps those levels, --search the logs whose message or context contains every word. Prints the first 25 unless --all is given. --json prints the PIM&apos;s answer (with --all, every page in one). With --offline: the last page kept.</source>
        <translation>Liste les journaux d&apos;événements de l&apos;abonnement d&apos;une connexion, les plus récents d&apos;abord&#xa0;: date et heure (fuseau horaire de cet ordinateur), niveau et message&#xa0;; le PIM garde les journaux d&apos;erreur et d&apos;avertissement des 72 dernières heures et les 100 derniers journaux info et notice. --level garde ces niveaux, --search les journaux dont le message ou le contexte contient chaque mot. Affiche les 25 premiers sauf si --all est donné. --json affiche la réponse du PIM (avec --all, toutes les pages en une). Avec --offline&#xa0;: la dernière page gardée.</translation>
    </message>
    <message>
        <source>save the event logs of a connection to a text file</source>
        <translation>enregistrer les journaux d&apos;événements d&apos;une connexion dans un fichier texte</translation>
    </message>
    <message>
        <source>Saves every event log of the connection, oldest first, one per line, to FILE, as the PIM&apos;s &quot;Download logs&quot; button does. The file is replaced only once the whole download has arrived.</source>
        <translation>Enregistre tous les journaux d&apos;événements de la connexion, les plus anciens d&apos;abord, un par ligne, dans FILE, comme le fait le bouton «&#xa0;Télécharger les journaux&#xa0;» du PIM. Le fichier n&apos;est remplacé qu&apos;une fois tout le téléchargement arrivé.</translation>
    </message>
</context>
<context>
    <name>CliConnectionCommands</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no offline copy of %1 yet: run a command online first.</source>
        <translation>Il n&apos;y a pas encore de copie hors ligne de %1&#xa0;: lancez d&apos;abord une commande en ligne.</translation>
    </message>
    <message>
        <source>There is no connection %1 in the offline copy of %2.</source>
        <translation>Il n&apos;y a pas de connexion %1 dans la copie hors ligne de %2.</translation>
    </message>
    <message>
        <source>Save the password now: it is not shown again.</source>
        <translation>Notez le mot de passe maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>cannot read the image file %1</source>
        <translation>impossible de lire le fichier image %1</translation>
    </message>
    <message>
        <source>A connection of flow type other is not tracked: --auditable yes is ignored.</source>
        <translation>Une connexion du type de flux other n&apos;est pas suivie&#xa0;: --auditable yes est ignoré.</translation>
    </message>
    <message>
        <source>Regenerate the secret of %1? Connectors that use the old secret get 401 errors until they use the new one.</source>
        <translation>Régénérer le secret de %1&#xa0;? Les connecteurs qui utilisent l&apos;ancien secret recevront des erreurs 401 jusqu&apos;à ce qu&apos;ils utilisent le nouveau.</translation>
    </message>
    <message>
        <source>Regenerate the password of %1? Connectors that use the old password get 401 errors until they use the new one.</source>
        <translation>Régénérer le mot de passe de %1&#xa0;? Les connecteurs qui utilisent l&apos;ancien mot de passe recevront des erreurs 401 jusqu&apos;à ce qu&apos;ils utilisent le nouveau.</translation>
    </message>
    <message>
        <source>Password: %1
</source>
        <translation>Mot de passe&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Delete the connection %1? Its user and API client are deleted too; connectors that use it get 401 errors.</source>
        <translation>Supprimer la connexion %1&#xa0;? Son utilisateur et son client d&apos;API sont supprimés aussi&#xa0;; les connecteurs qui l&apos;utilisent recevront des erreurs 401.</translation>
    </message>
    <message>
        <source>Deleted the connection %1.
</source>
        <translation>Connexion %1 supprimée.
</translation>
    </message>
    <message>
        <source>The credentials of %1 work: the PIM&apos;s API gave a token and answered with it.
</source>
        <translation>Les identifiants de %1 fonctionnent&#xa0;: l&apos;API du PIM a fourni un jeton et a répondu avec.
</translation>
    </message>
    <message>
        <source>The credentials of %1 do not work: %2</source>
        <translation>Les identifiants de %1 ne fonctionnent pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The answer that confirms; anything else cancels. Keep &quot;y&quot; working too.</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation>[o/N] </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no connection %1 on %2.</source>
        <translation>Il n&apos;y a pas de connexion %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <source>none yet (the PIM makes one at the first save)</source>
        <translation>aucun pour l&apos;instant (le PIM en crée un au premier enregistrement)</translation>
    </message>
    <message>
        <source>not kept in the keychain</source>
        <translation>non gardé dans le trousseau</translation>
    </message>
    <message>
        <source>not offered by this PIM</source>
        <translation>non proposé par ce PIM</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Product UUID</source>
        <translation>UUID du produit</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <extracomment>%1 subscriptions enabled on the PIM, %2 its limit</extracomment>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>You can connect up to %1 connections to the Event subscription feature. You have reached this limit.
</source>
        <translation>Vous pouvez connecter jusqu&apos;à %1 connexions à la fonctionnalité d&apos;abonnement aux événements. Vous avez atteint cette limite.
</translation>
    </message>
    <message>
        <source>Offline — the event subscription kept for %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — l&apos;abonnement aux événements gardé pour %1 au %2</translation>
    </message>
    <message>
        <source>The event subscription of %1 has no URL to test: set one with webhook-set --url.</source>
        <translation>L&apos;abonnement aux événements de %1 n&apos;a pas d&apos;URL à tester&#xa0;: indiquez-en une avec webhook-set --url.</translation>
    </message>
    <message>
        <source>Regenerate the event subscription secret of %1? The server that receives the events must be updated with the new secret, or it refuses them.</source>
        <translation>Régénérer le secret de l&apos;abonnement aux événements de %1&#xa0;? Le serveur qui reçoit les événements doit être mis à jour avec le nouveau secret, sinon il les refuse.</translation>
    </message>
    <message>
        <source>Offline — the last page of event logs kept for %1 as of %2, whatever its search</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — la dernière page de journaux d&apos;événements gardée pour %1 au %2, quelle que soit sa recherche</translation>
    </message>
    <message>
        <source>There is no log for the moment.
</source>
        <translation>Il n&apos;y a aucun journal pour le moment.
</translation>
    </message>
    <message>
        <source>Datetime</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 of %2 logs
</source>
        <extracomment>%1 logs shown, %2 logs the PIM has for this search</extracomment>
        <translation>%1 journaux sur %2
</translation>
    </message>
    <message>
        <source>Saved the event logs to %1.
</source>
        <translation>Journaux d&apos;événements enregistrés dans %1.
</translation>
    </message>
</context>
<context>
    <name>CliInstance</name>
    <message>
        <source>no PIM known yet: give --server URL and --user NAME (or sign in once with the app)</source>
        <translation>aucun PIM connu pour l&apos;instant&#xa0;: indiquez --server URL et --user NAME (ou identifiez-vous une fois avec l&apos;application)</translation>
    </message>
    <message>
        <source>--user needs --server: no PIM known yet</source>
        <translation>--user a besoin de --server&#xa0;: aucun PIM connu pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 is not in the app&apos;s list of PIMs: give --user too</source>
        <translation>%1 n&apos;est pas dans la liste des PIM de l&apos;application&#xa0;: indiquez aussi --user</translation>
    </message>
    <message>
        <source>there is no offline copy of %1 for %2: run a command online first</source>
        <translation>il n&apos;y a pas de copie hors ligne de %1 pour %2&#xa0;: lancez d&apos;abord une commande en ligne</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliMonitoring</name>
    <message>
        <source>Offline — the Data flows of %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — les Data flows de %1 au %2</translation>
    </message>
    <message>
        <source>Offline — the errors kept for %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — les erreurs gardées pour %1 au %2</translation>
    </message>
    <message>
        <source>Offline — the connected Apps of %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — les Apps connectées de %1 au %2</translation>
    </message>
    <message>
        <source>There is no connected App %1 on %2.</source>
        <translation>Il n&apos;y a pas d&apos;App connectée %1 sur %2.</translation>
    </message>
    <message>
        <source>not in the offline copy</source>
        <translation>absents de la copie hors ligne</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibles</translation>
    </message>
    <message>
        <source>An App of flow type other is not tracked: --tracked yes is ignored.</source>
        <translation>Une App du type de flux other n&apos;est pas suivie&#xa0;: --tracked yes est ignoré.</translation>
    </message>
    <message>
        <source>Delete the App %1? Its connection and authorizations are deleted too: it can no longer call the PIM.</source>
        <translation>Supprimer l&apos;App %1&#xa0;? Sa connexion et ses autorisations sont supprimées aussi&#xa0;: elle ne peut plus appeler le PIM.</translation>
    </message>
    <message>
        <source>Deleted the App %1.
</source>
        <translation>App %1 supprimée.
</translation>
    </message>
</context>
<context>
    <name>CliMonitoringOutput</name>
    <message>
        <source>Products created</source>
        <translation>Produits créés</translation>
    </message>
    <message>
        <source>Products updated</source>
        <translation>Produits mis à jour</translation>
    </message>
    <message>
        <source>Products sent</source>
        <translation>Produits envoyés</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>%1 per day, %2 to %3
(the first day is the day before the week; TOTAL counts the last 7 days)
</source>
        <extracomment>%1 is &quot;Products created&quot;, &quot;Products updated&quot; or &quot;Products sent&quot;; %2 and %3 are days</extracomment>
        <translation>%1 par jour, du %2 au %3
(le premier jour est la veille de la semaine&#xa0;; TOTAL compte les 7 derniers jours)
</translation>
    </message>
    <message>
        <source>Errors per day on the data sources (business and technical errors)
</source>
        <translation>Erreurs par jour sur les sources de données (erreurs métier et techniques)
</translation>
    </message>
    <message>
        <source>Business errors over the last 7 days, per data source
</source>
        <translation>Erreurs métier des 7 derniers jours, par source de données
</translation>
    </message>
    <message>
        <source>No data source is tracked.
</source>
        <translation>Aucune source de données n&apos;est suivie.
</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERREURS</translation>
    </message>
    <message>
        <source>Product: %1 (ID: %2)</source>
        <translation>Produit&#xa0;: %1 (ID&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locale: %1</source>
        <translation>Locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>No error found.
</source>
        <translation>Aucune erreur trouvée.
</translation>
    </message>
    <message>
        <source>Errors: %1
</source>
        <translation>Erreurs&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Errors that match the search: %1 of %2
</source>
        <translation>Erreurs correspondant à la recherche&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certifiée</translation>
    </message>
    <message>
        <source>custom App</source>
        <translation>App personnalisée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>new access authorization required</source>
        <translation>nouvelle autorisation d&apos;accès requise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No apps connected yet.
</source>
        <translation>Aucune App connectée pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Groupe d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifiée</translation>
    </message>
    <message>
        <source>Custom App</source>
        <translation>App personnalisée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Monitoring settings</source>
        <translation>Paramètres de suivi</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>No connections.
</source>
        <translation>Aucune connexion.
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>FLOW TYPE</source>
        <translation>TYPE DE FLUX</translation>
    </message>
    <message>
        <source>TRACKED</source>
        <translation>SUIVI</translation>
    </message>
    <message>
        <source>! its client ID was used with another user&apos;s username
</source>
        <translation>! son identifiant client a été utilisé avec le nom d&apos;utilisateur d&apos;un autre utilisateur
</translation>
    </message>
    <message>
        <source>(not in the offline copy)</source>
        <translation>(absent de la copie hors ligne)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Offline — showing the connections of %1 as of %2
</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Hors ligne — connexions de %1 en date du %2
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 asks for confirmation and there is no terminal to ask: add --yes to confirm</source>
        <translation>%1 demande une confirmation et il n&apos;y a pas de terminal pour la demander&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>The PIM %1 cannot be reached.</source>
        <translation>Le PIM %1 est injoignable.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: set PIM_PASSWORD, or sign in once with the app and let it remember the password.</source>
        <translation>Aucun mot de passe pour %1 sur %2&#xa0;: définissez PIM_PASSWORD, ou identifiez-vous une fois avec l&apos;application et laissez-la mémoriser le mot de passe.</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Aucun mot de passe saisi.</translation>
    </message>
</context>
<context>
    <name>ConnectedApp</name>
    <message>
        <source>an App is not a JSON object</source>
        <translation>une App n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the list of Apps is not a JSON array</source>
        <translation>la liste des Apps n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>App %1: %2</source>
        <translation>App %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the monitoring settings are not a JSON object</source>
        <translation>les paramètres de suivi ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown flow type &quot;%1&quot;</source>
        <translation>type de flux inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>unknown flow type &quot;%1&quot;</source>
        <translation>type de flux inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a connection is not a JSON object</source>
        <translation>une connexion n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the list of connections is not a JSON array</source>
        <translation>la liste des connexions n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection is not a JSON object</source>
        <translation>la connexion n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>ConnectionCache</name>
    <message>
        <source>The offline copy of your connections is not available.</source>
        <translation>La copie hors ligne de vos connexions n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>ConnectionFilterProxyModel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionImageField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Enlever</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Remove the image</source>
        <translation>Enlever l&apos;image</translation>
    </message>
    <message>
        <source>Accepted types: %1.</source>
        <translation>Types acceptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose an image for the connection</source>
        <translation>Choisir une image pour la connexion</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <source>Sending the image to the PIM…</source>
        <translation>Envoi de l&apos;image au PIM…</translation>
    </message>
    <message>
        <source>The connection&apos;s image</source>
        <translation>L&apos;image de la connexion</translation>
    </message>
    <message>
        <source>The image has not been loaded.</source>
        <translation>L&apos;image n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>No image: the connection&apos;s initials are shown instead.</source>
        <translation>Pas d&apos;image&#xa0;: les initiales de la connexion sont affichées à la place.</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>This connection&apos;s client ID was used with another user&apos;s username:</source>
        <translation>L&apos;identifiant client de cette connexion a été utilisé avec le nom d&apos;utilisateur d&apos;un autre utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>client ID used with another user&apos;s username</source>
        <translation>identifiant client utilisé avec le nom d&apos;utilisateur d&apos;un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>ConnectionLogo</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This connection was never opened while the PIM could be reached: its credentials and permissions show once it can.</source>
        <translation>Cette connexion n&apos;a jamais été ouverte pendant que le PIM était joignable&#xa0;: ses identifiants et ses permissions s&apos;afficheront dès qu&apos;il le sera.</translation>
    </message>
    <message>
        <source>The secret of this connection is not kept on this computer. It shows again when the PIM can be reached.</source>
        <translation>Le secret de cette connexion n&apos;est pas conservé sur cet ordinateur. Il s&apos;affichera de nouveau quand le PIM sera joignable.</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Affichage de ce qui est enregistré sur cet ordinateur&#xa0;: les modifications ont besoin du PIM.</translation>
    </message>
    <message>
        <source>Nothing to save: no change was made.</source>
        <translation>Rien à enregistrer&#xa0;: aucune modification n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Corrigez d&apos;abord les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Wait for the image to be sent to the PIM.</source>
        <translation>Attendez que l&apos;image soit envoyée au PIM.</translation>
    </message>
    <message>
        <source>These changes cannot be saved now. Correct them or discard them before leaving.</source>
        <translation>Ces modifications ne peuvent pas être enregistrées pour le moment. Corrigez-les ou abandonnez-les avant de quitter la page.</translation>
    </message>
    <message>
        <source>Connection successfully updated.</source>
        <translation>Connexion mise à jour avec succès.</translation>
    </message>
    <message>
        <source>The event subscription cannot be saved now: save or discard it before leaving.</source>
        <translation>L’abonnement aux événements ne peut pas être enregistré pour le moment&#xa0;: enregistrez-le ou abandonnez ses modifications avant de quitter la page.</translation>
    </message>
</context>
<context>
    <name>ConnectionPageHeader</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Back to the connections</source>
        <translation>Retour aux connexions</translation>
    </message>
    <message>
        <source>Back to the connections (Esc)</source>
        <translation>Retour aux connexions (Échap)</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>System › %1 › %2</source>
        <translation>Système › %1 › %2</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>Error monitoring</source>
        <translation>Suivi des erreurs</translation>
    </message>
    <message>
        <source>The business errors this connection got from the PIM&apos;s API</source>
        <translation>Les erreurs métier que cette connexion a reçues de l&apos;API du PIM</translation>
    </message>
</context>
<context>
    <name>ConnectionPermissionsBox</name>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>This connection keeps the default role “%1”. Give it a role made for connections, with only the API permissions it needs.</source>
        <translation>Cette connexion conserve le rôle par défaut «&#xa0;%1&#xa0;». Donnez-lui un rôle conçu pour les connexions, avec uniquement les permissions d&apos;API dont elle a besoin.</translation>
    </message>
    <message>
        <source>This connection keeps the group “%1”. Choose a group made for it, so that it sees and edits only what it should.</source>
        <translation>Cette connexion conserve le groupe «&#xa0;%1&#xa0;». Choisissez un groupe fait pour elle, afin qu&apos;elle ne voie et ne modifie que ce qu&apos;elle doit.</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 (not tracked)</source>
        <extracomment>A connection in the Data flows chooser whose &quot;Track in Data flows dashboard&quot; is off.</extracomment>
        <translation>%1 (non suivie)</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Connected Apps</source>
        <translation>Apps connectées</translation>
    </message>
    <message numerus="yes">
        <source>%n App(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsForm</name>
    <message>
        <source>&amp;Track in Data flows dashboard</source>
        <translation>Suivre dans le &amp;tableau de bord des flux de données</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code of a connection cannot be changed.</source>
        <translation>Le code d&apos;une connexion ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>Track in Data flows dashboard</source>
        <translation>Suivre dans le tableau de bord des flux de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>Type de &amp;flux</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Not available for the flow type Other: its data flows are not monitored.</source>
        <translation>Non disponible pour le type de flux Autre&#xa0;: ses flux de données ne sont pas surveillés.</translation>
    </message>
    <message>
        <source>Counts the products this connection sends or receives in the Data flows dashboard.</source>
        <translation>Compte les produits que cette connexion envoie ou reçoit dans le tableau de bord des flux de données.</translation>
    </message>
    <message>
        <source>There are unsaved changes.</source>
        <translation>Il y a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Connections of the flow type Other are not tracked.</source>
        <translation>Les connexions du type de flux Autre ne sont pas suivies.</translation>
    </message>
    <message>
        <source>These settings cannot be changed now.</source>
        <translation>Ces paramètres ne peuvent pas être modifiés pour le moment.</translation>
    </message>
</context>
<context>
    <name>ConnectivityBar</name>
    <message>
        <source>Offline — no copy of the connections is saved on this computer yet.</source>
        <translation>Hors ligne — aucune copie des connexions n&apos;est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline — showing connections as of %1.</source>
        <translation>Hors ligne — connexions en date du %1.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM, and changes cannot be made.</source>
        <translation>L&apos;application a été lancée avec --offline&#xa0;: rien n&apos;est demandé au PIM, et aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard</source>
        <translation>Copie %1 dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>CreateConnectionDialog</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Create a new connection</source>
        <translation>Créer une nouvelle connexion</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>For example: Magento 2 - Production</source>
        <translation>Par exemple&#xa0;: Magento 2 - Production</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Letters, numbers and underscores. It cannot be changed once the connection is created.</source>
        <translation>Lettres, chiffres et tirets bas. Il ne peut plus être modifié une fois la connexion créée.</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Type de flux</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>Type de &amp;flux</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your PIM sets how many third-parties and Apps you can connect.</source>
        <translation>Votre PIM fixe le nombre de tiers et d&apos;Apps que vous pouvez connecter.</translation>
    </message>
</context>
<context>
    <name>CredentialsActions</name>
    <message>
        <source>The secret was regenerated. Give the new one to the connectors that use this connection.</source>
        <translation>Le secret a été régénéré. Donnez le nouveau aux connecteurs qui utilisent cette connexion.</translation>
    </message>
    <message>
        <source>The password was regenerated. Give the new one to the connectors that use this connection.</source>
        <translation>Le mot de passe a été régénéré. Donnez le nouveau aux connecteurs qui utilisent cette connexion.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: the password is kept in memory until the app quits.</source>
        <translation>Il n&apos;y a pas de trousseau sur cet ordinateur&#xa0;: le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate %1</source>
        <translation>Régénérer %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>le secret</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Tester les identifiants</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Identifiant &amp;client</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Ask the PIM&apos;s API for a token with these credentials</source>
        <translation>Demander un jeton à l&apos;API du PIM avec ces identifiants</translation>
    </message>
    <message>
        <source>Make sure to save this password somewhere as we won&apos;t show it to you twice.</source>
        <translation>Veillez à conserver ce mot de passe en lieu sûr, car nous ne vous le montrerons pas deux fois.</translation>
    </message>
    <message>
        <source>If you forgot your password, you can generate a new one here.</source>
        <translation>Si vous avez oublié votre mot de passe, vous pouvez en générer un nouveau ici.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>These credentials work: the PIM gave an access token.</source>
        <translation>Ces identifiants fonctionnent&#xa0;: le PIM a fourni un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied to the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 copié dans le presse-papiers. Il sera effacé dans %n seconde.</numerusform>
            <numerusform>%1 copié dans le presse-papiers. Il sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Save the password in the keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Keep this password in the system keychain of this computer</source>
        <translation>Conserver ce mot de passe dans le trousseau du système de cet ordinateur</translation>
    </message>
    <message>
        <source>Saved in keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
</context>
<context>
    <name>DataFlowsChartModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>DataFlowsHeader</name>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Back to the connections</source>
        <translation>Retour aux connexions</translation>
    </message>
    <message>
        <source>Back to the connections (Esc)</source>
        <translation>Retour aux connexions (Échap)</translation>
    </message>
    <message>
        <source>System › %1 › %2</source>
        <translation>Système › %1 › %2</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Here, you can track the data flow between your PIM and third parties.</source>
        <translation>Ici, vous pouvez suivre les flux de données entre votre PIM et les tiers.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Hors ligne&#xa0;: au %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>The PIM cannot be reached: these are the numbers this computer kept when it last reached it.</source>
        <translation>Le PIM est injoignable&#xa0;: voici les chiffres que cet ordinateur a gardés la dernière fois qu&apos;il l&apos;a joint.</translation>
    </message>
    <message>
        <source>Refresh the Data flows from the PIM (%1)</source>
        <translation>Actualiser les flux de données depuis le PIM (%1)</translation>
    </message>
</context>
<context>
    <name>DataFlowsPage</name>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Data connections</source>
        <translation>Connexions de données</translation>
    </message>
    <message>
        <source>Products created</source>
        <translation>Produits créés</translation>
    </message>
    <message>
        <source>Products updated</source>
        <translation>Produits mis à jour</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Products sent</source>
        <translation>Produits envoyés</translation>
    </message>
    <message>
        <source>Errors on data sources</source>
        <translation>Erreurs sur les sources de données</translation>
    </message>
    <message>
        <source>Here you can see the total number of errors, including business errors.</source>
        <translation>Vous voyez ici le nombre total d&apos;erreurs, erreurs métier comprises.</translation>
    </message>
    <message>
        <source>Error count per day</source>
        <translation>Nombre d&apos;erreurs par jour</translation>
    </message>
    <message>
        <source>Sign in to a PIM first.</source>
        <translation>Identifiez-vous d&apos;abord sur un PIM.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Rien n&apos;a encore été compté.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM.</source>
        <translation>L&apos;application a été lancée avec --offline&#xa0;: rien n&apos;est demandé au PIM.</translation>
    </message>
</context>
<context>
    <name>DataFlowsRoute</name>
    <message>
        <source>&amp;Data Flows</source>
        <translation>&amp;Flux de données</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>The products and errors of your tracked connections over the last 7 days (%1)</source>
        <translation>Les produits et les erreurs de vos connexions suivies sur les 7 derniers jours (%1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the store has schema version %1, this sandbox knows version %2</source>
        <translation>le stockage a la version de schéma %1, ce bac à sable connaît la version %2</translation>
    </message>
    <message>
        <source>cannot write the schema version</source>
        <translation>impossible d&apos;écrire la version du schéma</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>ddd d</source>
        <extracomment>A day under a Data flows chart: the short weekday and the day of the month (&quot;Tue 1&quot;).</extracomment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <extracomment>A point&apos;s tooltip in a Data flows chart: the day (on its own line), then &quot;Products created: 12&quot;.</extracomment>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DeleteFlow</name>
    <message>
        <source>The connection “%1” was deleted.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>cannot create the demo connection %1</source>
        <translation>impossible de créer la connexion de démonstration %1</translation>
    </message>
    <message>
        <source>the demo logo %1 is missing</source>
        <translation>le logo de démonstration %1 est manquant</translation>
    </message>
    <message>
        <source>cannot finish the demo connection %1</source>
        <translation>impossible de terminer la connexion de démonstration %1</translation>
    </message>
    <message>
        <source>cannot write the demo history</source>
        <translation>impossible d&apos;écrire l&apos;historique de démonstration</translation>
    </message>
    <message>
        <source>cannot add the demo App %1</source>
        <translation>impossible d&apos;ajouter l&apos;App de démonstration %1</translation>
    </message>
    <message>
        <source>cannot write the demo event subscription</source>
        <translation>impossible d&apos;écrire l&apos;abonnement aux événements de la démo</translation>
    </message>
</context>
<context>
    <name>DownloadEventLogsJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DownloadImageJob</name>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>the answer is not an image (%1)</source>
        <translation>la réponse n&apos;est pas une image (%1)</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsPane</name>
    <message>
        <source>Chosen error</source>
        <translation>Erreur choisie</translation>
    </message>
    <message>
        <source>Choose an error in the list to read it in full here.</source>
        <translation>Choisissez une erreur dans la liste pour la lire ici en entier.</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>&quot;errors&quot; is not a list</source>
        <translation>«&#xa0;errors&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a validation error is not a JSON object</source>
        <translation>une erreur de validation n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The PIM refused the request (HTTP %1).</source>
        <translation>Le PIM a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>a validation answer is not a JSON object</source>
        <translation>une réponse de validation n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a validation answer has neither &quot;errors&quot; nor &quot;message&quot;</source>
        <translation>une réponse de validation n&apos;a ni «&#xa0;errors&#xa0;» ni «&#xa0;message&#xa0;»</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirigé vers %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>The request is too large for the PIM.</source>
        <translation>La requête est trop volumineuse pour le PIM.</translation>
    </message>
    <message>
        <source>The PIM does not accept this type of content.</source>
        <translation>Le PIM n&apos;accepte pas ce type de contenu.</translation>
    </message>
    <message>
        <source>The PIM&apos;s API refused the request (HTTP %1).</source>
        <translation>L&apos;API du PIM a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Your PIM user may not manage connected Apps: it needs the permission &quot;Manage apps&quot;. Ask the PIM&apos;s administrator for it.</source>
        <translation>Votre utilisateur PIM ne peut pas gérer les Apps connectées&#xa0;: il lui faut la permission «&#xa0;Gérer les apps&#xa0;». Demandez-la à l&apos;administrateur du PIM.</translation>
    </message>
    <message>
        <source>Connected Apps are not available on this PIM: the feature is turned off, as it usually is on a self-hosted Community Edition.</source>
        <translation>Les Apps connectées ne sont pas disponibles sur ce PIM&#xa0;: la fonctionnalité est désactivée, comme d&apos;habitude sur une Community Edition auto-hébergée.</translation>
    </message>
    <message>
        <source>This App is no longer connected to the PIM, or connected Apps are turned off on this PIM. Refresh the list of Apps.</source>
        <translation>Cette App n&apos;est plus connectée au PIM, ou les Apps connectées sont désactivées sur ce PIM. Actualisez la liste des Apps.</translation>
    </message>
    <message>
        <source>the answer&apos;s header could not be read: it is too large or not valid</source>
        <translation>l’en-tête de la réponse n’a pas pu être lu : il est trop grand ou invalide</translation>
    </message>
    <message>
        <source>the answer was cut short: %1</source>
        <translation>la réponse a été interrompue : %1</translation>
    </message>
    <message>
        <source>Event subscriptions and event logs are not available on this PIM: its Events API is turned off or retired.</source>
        <translation>Les abonnements aux événements et les journaux d&apos;événements ne sont pas disponibles sur ce PIM&#xa0;: son API Events est désactivée ou retirée.</translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringHelper</name>
    <message>
        <source>Here, you can see the detail of each error for this connection over the last 7 days. Error number is limited to 100 errors.</source>
        <translation>Vous voyez ici le détail de chaque erreur de cette connexion sur les 7 derniers jours. Le nombre d&apos;erreurs est limité à 100.</translation>
    </message>
    <message>
        <source>To understand how to solve this, please visit the API help center.</source>
        <translation>Pour comprendre comment les résoudre, consultez le centre d&apos;aide de l&apos;API.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n error(s)</source>
        <translation>
            <numerusform>Vous avez %n erreur</numerusform>
            <numerusform>Vous avez %n erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringPage</name>
    <message>
        <source>Error monitoring</source>
        <translation>Suivi des erreurs</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringPanel</name>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Search in error messages</source>
        <translation>Rechercher dans les messages d&apos;erreur</translation>
    </message>
    <message>
        <source>Saves the errors shown (search included) as a CSV file.</source>
        <translation>Enregistre les erreurs affichées (recherche comprise) dans un fichier CSV.</translation>
    </message>
    <message>
        <source>The PIM cannot be reached: showing the errors as of %1.</source>
        <translation>Le PIM est injoignable&#xa0;: affichage des erreurs au %1.</translation>
    </message>
    <message>
        <source>The errors cannot be shown</source>
        <translation>Les erreurs ne peuvent pas être affichées</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading the errors…</source>
        <translation>Chargement des erreurs…</translation>
    </message>
    <message>
        <source>For now, monitoring page is only available for source connection.</source>
        <translation>Pour l&apos;instant, la page de suivi n&apos;est disponible que pour les connexions source.</translation>
    </message>
    <message>
        <source>The PIM records the business errors of the connections whose flow type is Data source only.</source>
        <translation>Le PIM n&apos;enregistre les erreurs métier que des connexions dont le type de flux est Source de données.</translation>
    </message>
    <message>
        <source>Unmonitored connection</source>
        <translation>Connexion non suivie</translation>
    </message>
    <message>
        <source>To track errors on this connection, activate monitoring in the settings.</source>
        <translation>Pour suivre les erreurs de cette connexion, activez le suivi dans les paramètres.</translation>
    </message>
    <message>
        <source>Activate monitoring</source>
        <translation>Activer le suivi</translation>
    </message>
    <message>
        <source>Awesome! No error found!</source>
        <translation>Génial&#xa0;! Aucune erreur trouvée&#xa0;!</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Affichage de ce qui est enregistré sur cet ordinateur&#xa0;: les modifications ont besoin du PIM.</translation>
    </message>
    <message>
        <source>%1-business-errors-%2.csv</source>
        <extracomment>The file name offered when exporting; %1 is the connection code, %2 today&apos;s date.</extracomment>
        <translation>%1-erreurs-metier-%2.csv</translation>
    </message>
    <message>
        <source>Export the business errors</source>
        <translation>Exporter les erreurs métier</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The errors were exported to %1.</source>
        <translation>Les erreurs ont été exportées dans %1.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>a log entry is not a JSON object</source>
        <translation>une entrée de journal n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the page of logs is not a JSON object</source>
        <translation>la page de journaux n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>log %1: %2</source>
        <translation>journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Datetime</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>EventLogTree</name>
    <message>
        <source>Event logs</source>
        <translation>Journaux d&apos;événements</translation>
    </message>
</context>
<context>
    <name>EventLogsDownload</name>
    <message>
        <source>Download logs</source>
        <translation>Télécharger les journaux</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download the event logs</source>
        <translation>Télécharger les journaux d&apos;événements</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Save the event logs</source>
        <translation>Enregistrer les journaux d&apos;événements</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Downloading the logs…</source>
        <translation>Téléchargement des journaux…</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>Logs saved to %1</source>
        <translation>Journaux enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>EventLogsView</name>
    <message>
        <source>Event logs</source>
        <translation>Journaux d&apos;événements</translation>
    </message>
    <message>
        <source>The event subscription isn’t enabled for this connection.</source>
        <translation>L&apos;abonnement aux événements n&apos;est pas activé pour cette connexion.</translation>
    </message>
    <message>
        <source>Here are the logs related to all the event requests sent to this connection. This page displays error and warning logs for the past 72h, and the last 100 info and notice logs.</source>
        <translation>Voici les journaux de toutes les requêtes d&apos;événements envoyées à cette connexion. Cette page affiche les journaux d&apos;erreur et d&apos;avertissement des dernières 72&#xa0;h, et les 100 derniers journaux d&apos;information et de notification.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Show the %1 logs</source>
        <translation>Afficher les journaux de niveau %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Logs from</source>
        <translation>Journaux à partir du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Logs to</source>
        <translation>Journaux jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the date range</source>
        <translation>Réinitialiser la période</translation>
    </message>
    <message>
        <source>Search in messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Event logs of %1</source>
        <translation>Journaux d&apos;événements de %1</translation>
    </message>
    <message>
        <source>Event logs — %1</source>
        <translation>Journaux d&apos;événements — %1</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Hors ligne&#xa0;: au %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Event logs are not available on this PIM: it has no Events API.</source>
        <translation>Les journaux d&apos;événements ne sont pas disponibles sur ce PIM&#xa0;: il n&apos;a pas d&apos;API Events.</translation>
    </message>
    <message>
        <source>There is no log for the moment.</source>
        <translation>Il n&apos;y a aucun journal pour le moment.</translation>
    </message>
    <message>
        <source>Sorry, there is no log for your search. Try again with new search criteria.</source>
        <translation>Désolé, aucun journal ne correspond à votre recherche. Réessayez avec d&apos;autres critères.</translation>
    </message>
</context>
<context>
    <name>EventSubscription</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>the event subscription is not a JSON object</source>
        <translation>l&apos;abonnement aux événements n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;event_subscription&quot; is missing</source>
        <translation>«&#xa0;event_subscription&#xa0;» manque</translation>
    </message>
    <message>
        <source>the result of the test is not a JSON object</source>
        <translation>le résultat du test n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>EventSubscriptionPart</name>
    <message>
        <source>Event subscription</source>
        <translation>Abonnement aux événements</translation>
    </message>
    <message>
        <source>Event subscription activation</source>
        <translation>Activation de l&apos;abonnement aux événements</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Use product UUID instead of product identifier?</source>
        <translation>Utiliser l&apos;UUID du produit au lieu de son identifiant&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation>Journaux d&apos;événements</translation>
    </message>
    <message>
        <source>Event subscription secret</source>
        <translation>Secret de l&apos;abonnement aux événements</translation>
    </message>
    <message>
        <source>Event subscription URL</source>
        <translation>URL de l&apos;abonnement aux événements</translation>
    </message>
    <message>
        <source>https://example.com/akeneo-events</source>
        <translation>https://example.com/akeneo-events</translation>
    </message>
    <message>
        <source>Test the URL</source>
        <translation>Tester l&apos;URL</translation>
    </message>
    <message>
        <source>The PIM sends a signed test request to this URL</source>
        <translation>Le PIM envoie une requête de test signée à cette URL</translation>
    </message>
    <message>
        <source>Regenerate the event subscription secret</source>
        <translation>Régénérer le secret de l&apos;abonnement aux événements</translation>
    </message>
    <message>
        <source>Save the event subscription</source>
        <translation>Enregistrer l&apos;abonnement aux événements</translation>
    </message>
    <message>
        <source>Show the event logs</source>
        <translation>Afficher les journaux d&apos;événements</translation>
    </message>
    <message>
        <source>You can be notified of events happening in the PIM for products synchronized with this connection. You just need to define a URL.</source>
        <translation>Vous pouvez être notifié des événements du PIM sur les produits synchronisés avec cette connexion. Il suffit de définir une URL.</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>Event subscription successfully updated.</source>
        <translation>Abonnement aux événements mis à jour avec succès.</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Hors ligne&#xa0;: au %1</translation>
    </message>
    <message>
        <source>Not kept on this computer</source>
        <translation>Non conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Made at the first save</source>
        <translation>Créé au premier enregistrement</translation>
    </message>
    <message>
        <source>Event subscriptions are not available on this PIM: it has no Events API.</source>
        <translation>Les abonnements aux événements ne sont pas disponibles sur ce PIM&#xa0;: il n&apos;a pas d&apos;API Events.</translation>
    </message>
    <message>
        <source>Sorry, an error occurred while editing the event subscription.</source>
        <translation>Désolé, une erreur s&apos;est produite lors de la modification de l&apos;abonnement aux événements.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>It works: the URL answered %1</source>
        <translation>Cela fonctionne&#xa0;: l&apos;URL a répondu %1</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Webhook secret successfully regenerated. Update the receivers with the new one.</source>
        <translation>Secret du webhook régénéré avec succès. Mettez à jour les destinataires avec le nouveau.</translation>
    </message>
    <message>
        <source>Read from this computer&apos;s copy: it can be changed once the PIM can be reached.</source>
        <translation>Lu depuis la copie de cet ordinateur&#xa0;: il pourra être modifié quand le PIM sera joignable.</translation>
    </message>
    <message>
        <source>You can connect up to %1 connections to the Event subscription feature. You have reached this limit.</source>
        <translation>Vous pouvez connecter jusqu&apos;à %1 connexions à la fonctionnalité d&apos;abonnement aux événements. Vous avez atteint cette limite.</translation>
    </message>
    <message>
        <source>Please, click on the Save button to be able to test the URL.</source>
        <translation>Veuillez cliquer sur le bouton Enregistrer pour pouvoir tester l&apos;URL.</translation>
    </message>
    <message>
        <source>Clear the URL</source>
        <translation>Effacer l’URL</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event subscription of %1 has not been read yet, and the PIM cannot be reached to read it.</source>
        <translation>L&apos;abonnement aux événements de %1 n&apos;a pas encore été lu, et le PIM ne peut pas être joint pour le lire.</translation>
    </message>
    <message>
        <source>The event logs of %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les journaux d&apos;événements de %1 n&apos;ont pas encore été lus, et le PIM ne peut pas être joint pour les lire.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder or file name.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
</context>
<context>
    <name>FlowType</name>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Data destination</source>
        <translation>Destination de données</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Data destinations</source>
        <translation>Destinations de données</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Data entering the PIM, for example from an ERP or a DAM.</source>
        <translation>Des données qui entrent dans le PIM, par exemple depuis un ERP ou un DAM.</translation>
    </message>
    <message>
        <source>Data leaving the PIM, for example to an e-commerce platform or for syndication.</source>
        <translation>Des données qui sortent du PIM, par exemple vers une plateforme e-commerce ou pour la syndication.</translation>
    </message>
    <message>
        <source>Neither a source nor a destination. Its data flows are not monitored: prefer a source or a destination when you can.</source>
        <translation>Ni une source ni une destination. Ses flux de données ne sont pas surveillés&#xa0;: préférez une source ou une destination quand c&apos;est possible.</translation>
    </message>
</context>
<context>
    <name>FlowTypeChooser</name>
    <message>
        <source>Neither a source nor a destination, for example a script that checks the catalog.</source>
        <translation>Ni une source ni une destination, par exemple un script qui vérifie le catalogue.</translation>
    </message>
    <message>
        <source>The data flows of this connection will not be monitored in the Data flows dashboard. Prefer a source or a destination when you can.</source>
        <translation>Les flux de données de cette connexion ne seront pas surveillés dans le tableau de bord des flux de données. Préférez une source ou une destination quand c&apos;est possible.</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>cannot install the roles</source>
        <translation>impossible d&apos;installer les rôles</translation>
    </message>
    <message>
        <source>cannot install the user groups</source>
        <translation>impossible d&apos;installer les groupes d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>cannot install the roles and user groups</source>
        <translation>impossible d&apos;installer les rôles et les groupes d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>cannot write the user %1</source>
        <translation>impossible d&apos;écrire l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>cannot add the App %1: %2</source>
        <translation>impossible d&apos;ajouter l&apos;App %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot add the App %1</source>
        <translation>impossible d&apos;ajouter l&apos;App %1</translation>
    </message>
    <message>
        <source>cannot install the products</source>
        <translation>impossible d&apos;installer les produits</translation>
    </message>
</context>
<context>
    <name>InstanceRegistry</name>
    <message>
        <source>The list of PIMs cannot be saved to %1. Your changes are kept until the app quits; check that this file can be written.</source>
        <translation>La liste des PIM ne peut pas être enregistrée dans %1. Vos modifications sont conservées jusqu&apos;à la fermeture de l&apos;application&#xa0;; vérifiez que ce fichier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Give this PIM a name, such as &quot;Production&quot;.</source>
        <translation>Donnez un nom à ce PIM, par exemple «&#xa0;Production&#xa0;».</translation>
    </message>
    <message>
        <source>Another PIM is already called &quot;%1&quot;: choose another name.</source>
        <translation>Un autre PIM s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the username you sign in to this PIM with.</source>
        <translation>Saisissez le nom d&apos;utilisateur avec lequel vous vous identifiez sur ce PIM.</translation>
    </message>
    <message>
        <source>This PIM is already in the list, for the same user, as &quot;%1&quot;.</source>
        <translation>Ce PIM figure déjà dans la liste, pour le même utilisateur, sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This PIM is no longer in the list.</source>
        <translation>Ce PIM ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>Some passwords or secrets of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>Certains mots de passe ou secrets de «&#xa0;%1&#xa0;» n&apos;ont pas pu être retirés du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InstanceSwitcher</name>
    <message>
        <source>&amp;PIM</source>
        <translation>&amp;PIM</translation>
    </message>
    <message>
        <source>&amp;Add a PIM…</source>
        <translation>&amp;Ajouter un PIM…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>No PIM</source>
        <translation>Aucun PIM</translation>
    </message>
    <message>
        <source>%1 — %2 at %3. Choose another PIM, or add one.</source>
        <translation>%1 — %2 sur %3. Choisissez un autre PIM, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Add a PIM to work with.</source>
        <translation>Ajoutez un PIM avec lequel travailler.</translation>
    </message>
    <message>
        <source>PIM: %1</source>
        <translation>PIM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename the PIM</source>
        <translation>Renommer le PIM</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove this PIM</source>
        <translation>Retirer ce PIM</translation>
    </message>
    <message>
        <source>Are you sure you want to remove “%1” from this app?</source>
        <translation>Êtes-vous sûr de vouloir retirer «&#xa0;%1&#xa0;» de cette application&#xa0;?</translation>
    </message>
    <message>
        <source>The copy of its connections saved on this computer and the passwords kept for it in the keychain are removed. Nothing changes in the PIM itself: you can add it again.</source>
        <translation>La copie de ses connexions enregistrée sur cet ordinateur et les mots de passe conservés pour lui dans le trousseau sont supprimés. Rien ne change dans le PIM lui-même&#xa0;: vous pourrez l&apos;ajouter de nouveau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation>«&#xa0;%1&#xa0;» devrait être %2, pas %3</translation>
    </message>
    <message>
        <source>the answer is empty where JSON was expected</source>
        <translation>la réponse est vide alors que du JSON était attendu</translation>
    </message>
    <message>
        <source>the answer is an HTML page where JSON was expected</source>
        <translation>la réponse est une page HTML alors que du JSON était attendu</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the answer is neither a JSON object nor a JSON array</source>
        <translation>la réponse n&apos;est ni un objet JSON ni un tableau JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a whole number from 0, not %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être un nombre entier à partir de 0, pas %2</translation>
    </message>
    <message>
        <source>the answer could not be read: it is nested too deeply or holds a number out of range</source>
        <translation>la réponse n&apos;a pas pu être lue&#xa0;: elle est trop imbriquée ou contient un nombre hors limites</translation>
    </message>
</context>
<context>
    <name>LogoCache</name>
    <message>
        <source>the logo does not fit in the memory cache</source>
        <translation>le logo ne tient pas dans le cache en mémoire</translation>
    </message>
</context>
<context>
    <name>LogoDecoder</name>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>the image is too large (%1 bytes)</source>
        <translation>l&apos;image est trop volumineuse (%1 octets)</translation>
    </message>
    <message>
        <source>the image is too large (%1×%2 pixels)</source>
        <translation>l&apos;image est trop grande (%1×%2 pixels)</translation>
    </message>
    <message>
        <source>the image cannot be read</source>
        <translation>l&apos;image ne peut pas être lue</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>“%1” is not an accepted image. Choose a file of one of these types: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une image acceptée. Choisissez un fichier de l&apos;un de ces types&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a picture that can be read (%2). Choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une image lisible (%2). Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIM Connections</source>
        <translation>PIM Connections</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in to a PIM first.</source>
        <translation>Identifiez-vous d&apos;abord sur un PIM.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM.</source>
        <translation>L&apos;application a été lancée avec --offline&#xa0;: rien n&apos;est demandé au PIM.</translation>
    </message>
    <message>
        <source>Connection successfully created.</source>
        <translation>Connexion créée avec succès.</translation>
    </message>
    <message>
        <source>The connection secrets kept in the keychain were removed. While the PIM cannot be reached, connection pages will not show their secret.</source>
        <translation>Les secrets des connexions conservés dans le trousseau ont été supprimés. Tant que le PIM est injoignable, les pages des connexions n&apos;afficheront pas leur secret.</translation>
    </message>
    <message>
        <source>App successfully deleted.</source>
        <translation>App supprimée avec succès.</translation>
    </message>
</context>
<context>
    <name>MaxLimitReachedJob</name>
    <message>
        <source>&quot;limitReached&quot; is not a boolean</source>
        <translation>«&#xa0;limitReached&#xa0;» n&apos;est pas un booléen</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>cannot create the media directory</source>
        <translation>impossible de créer le dossier des médias</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the file</source>
        <translation>impossible d&apos;enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Confirm regeneration</source>
        <translation>Confirmer la régénération</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the connection secret?</source>
        <translation>Êtes-vous sûr de vouloir régénérer le secret de la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>The current secret stops working at once and its access tokens are revoked. Connectors that still use it get 401 (unauthorized) errors until they are given the new secret.</source>
        <translation>Le secret actuel cesse immédiatement de fonctionner et ses jetons d&apos;accès sont révoqués. Les connecteurs qui l&apos;utilisent encore reçoivent des erreurs 401 (non autorisé) jusqu&apos;à ce qu&apos;on leur donne le nouveau secret.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the connection password?</source>
        <translation>Êtes-vous sûr de vouloir régénérer le mot de passe de la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>The current password stops working at once and its access tokens are revoked. Connectors that still use it get 401 (unauthorized) errors until they are given the new password.</source>
        <translation>Le mot de passe actuel cesse immédiatement de fonctionner et ses jetons d&apos;accès sont révoqués. Les connecteurs qui l&apos;utilisent encore reçoivent des erreurs 401 (non autorisé) jusqu&apos;à ce qu&apos;on leur donne le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the connection?</source>
        <translation>Êtes-vous sûr de vouloir supprimer la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>“%1”, its API user and its credentials are removed from the PIM. Connectors that use this connection get 401 (unauthorized) errors until they are given new credentials. This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;», son utilisateur d&apos;API et ses identifiants sont retirés du PIM. Les connecteurs qui utilisent cette connexion reçoivent des erreurs 401 (non autorisé) jusqu&apos;à ce qu&apos;on leur donne de nouveaux identifiants. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>There are unsaved changes.</source>
        <translation>Il y a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before leaving this page, or discard them?</source>
        <translation>Les enregistrer avant de quitter cette page, ou les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the app? Not sure about the impacts?</source>
        <translation>Êtes-vous sûr de vouloir supprimer l&apos;app&#xa0;? Pas sûr des conséquences&#xa0;?</translation>
    </message>
    <message>
        <source>“%1”, its connection and its authorisation to access the PIM are removed. The App stops working with this PIM until it is connected again from the App Store, which asks for the authorisation again. This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;», sa connexion et son autorisation d&apos;accès au PIM sont supprimées. L&apos;App cesse de fonctionner avec ce PIM jusqu&apos;à ce qu&apos;elle soit de nouveau connectée depuis l&apos;App Store, qui redemande l&apos;autorisation. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the event subscription secret?</source>
        <translation>Êtes-vous sûr de vouloir régénérer le secret de l&apos;abonnement aux événements&#xa0;?</translation>
    </message>
    <message>
        <source>The PIM signs its requests with the new secret at once: the receivers of the events must be updated with it, or they reject them.</source>
        <translation>Le PIM signe aussitôt ses requêtes avec le nouveau secret&#xa0;: les destinataires des événements doivent être mis à jour avec lui, sinon ils les refusent.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>The offline copy has the Data flows of the week ending %1 only, and the PIM cannot be reached to read another week.</source>
        <translation>La copie hors ligne n&apos;a que les Data flows de la semaine finissant le %1, et le PIM ne peut pas être joint pour lire une autre semaine.</translation>
    </message>
    <message>
        <source>The Data flows have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les Data flows n&apos;ont pas encore été lus, et le PIM ne peut pas être joint pour les lire.</translation>
    </message>
    <message>
        <source>The errors of %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les erreurs de %1 n&apos;ont pas encore été lues, et le PIM ne peut pas être joint pour les lire.</translation>
    </message>
    <message>
        <source>The connected Apps have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les Apps connectées n&apos;ont pas encore été lues, et le PIM ne peut pas être joint pour les lire.</translation>
    </message>
    <message>
        <source>The settings of the App %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les paramètres de l&apos;App %1 n&apos;ont pas encore été lus, et le PIM ne peut pas être joint pour les lire.</translation>
    </message>
    <message>
        <source>The App %1 has no logo.</source>
        <translation>L&apos;App %1 n&apos;a pas de logo.</translation>
    </message>
    <message>
        <source>The App&apos;s logo at %1 cannot be shown: %2</source>
        <translation>Le logo de l&apos;App à %1 ne peut pas être affiché&#xa0;: %2</translation>
    </message>
    <message>
        <source>Working offline: the App&apos;s logo is not downloaded.</source>
        <translation>Hors ligne&#xa0;: le logo de l&apos;App n&apos;est pas téléchargé.</translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <source>the request could not be made</source>
        <translation>la requête n&apos;a pas pu être faite</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
</context>
<context>
    <name>OverviewHeader</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>System › Connections</source>
        <extracomment>The breadcrumb of the overview, as in the PIM&apos;s menu.</extracomment>
        <translation>Système › Connexions</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Search by label or code</source>
        <translation>Rechercher par libellé ou code</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Search connections (%1)</source>
        <translation>Rechercher des connexions (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Create a connection</source>
        <translation>Créer une connexion</translation>
    </message>
    <message numerus="yes">
        <source>You have %n connection(s).</source>
        <translation>
            <numerusform>Vous avez %n connexion.</numerusform>
            <numerusform>Vous avez %n connexions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new connection (%1)</source>
        <translation>Créer une nouvelle connexion (%1)</translation>
    </message>
    <message>
        <source>Refresh the list from the PIM (%1)</source>
        <translation>Actualiser la liste depuis le PIM (%1)</translation>
    </message>
    <message>
        <source>Your PIM sets how many third-parties and Apps you can connect.</source>
        <translation>Votre PIM fixe le nombre de tiers et d&apos;Apps que vous pouvez connecter.</translation>
    </message>
    <message>
        <source>You have %1 and %2.</source>
        <translation>Vous avez %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected App(s)</source>
        <translation>
            <numerusform>%n App connectée</numerusform>
            <numerusform>%n Apps connectées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No PIM to show yet.</source>
        <translation>Aucun PIM à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sign in to your Akeneo PIM to see and manage its connections.</source>
        <translation>Identifiez-vous sur votre Akeneo PIM pour voir et gérer ses connexions.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>S&apos;identifier…</translation>
    </message>
    <message>
        <source>Loading the connections…</source>
        <translation>Chargement des connexions…</translation>
    </message>
    <message>
        <source>No connection declared yet.</source>
        <translation>Aucune connexion déclarée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A connection lets a third party (an ERP, a DAM, an e-commerce platform…) send data to the PIM or receive data from it through the API.</source>
        <translation>Une connexion permet à un tiers (un ERP, un DAM, une plateforme e-commerce…) d&apos;envoyer des données au PIM ou d&apos;en recevoir de lui par l&apos;API.</translation>
    </message>
    <message>
        <source>Create your first connection</source>
        <translation>Créez votre première connexion</translation>
    </message>
    <message>
        <source>No connection matches “%1”.</source>
        <translation>Aucune connexion ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The search looks in the labels and the codes.</source>
        <translation>La recherche porte sur les libellés et les codes.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Some connections are not used with their own username. Point at the warning mark on a tile to see by whom and when.</source>
        <translation>Certaines connexions ne sont pas utilisées avec leur propre nom d&apos;utilisateur. Pointez la marque d&apos;avertissement d&apos;une vignette pour voir par qui et quand.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <source>password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Tester les identifiants</translation>
    </message>
    <message>
        <source>The PIM does not show the password of “%1” again. Type it to ask the API for a token; it is used for this test only and is not kept.</source>
        <translation>Le PIM n&apos;affiche plus le mot de passe de «&#xa0;%1&#xa0;». Saisissez-le pour demander un jeton à l&apos;API&#xa0;; il ne sert qu&apos;à ce test et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test the credentials</source>
        <translation>Tester les identifiants</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the list is not a JSON array</source>
        <translation>la liste n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>a role is not a JSON object</source>
        <translation>un rôle n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a role has no &quot;id&quot;</source>
        <translation>un rôle n&apos;a pas d&apos;«&#xa0;id&#xa0;»</translation>
    </message>
    <message>
        <source>a group is not a JSON object</source>
        <translation>un groupe n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no &quot;meta&quot;</source>
        <translation>le groupe «&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;meta&#xa0;»</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no id</source>
        <translation>le groupe «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>PimAddress</name>
    <message>
        <source>Enter the address of the PIM, for example https://pim.example.com.</source>
        <translation>Saisissez l&apos;adresse du PIM, par exemple https://pim.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid address. Type it as https://pim.example.com.</source>
        <translation>Cette adresse n&apos;est pas valide. Saisissez-la sous la forme https://pim.example.com.</translation>
    </message>
    <message>
        <source>The address must start with https://, for example https://pim.example.com.</source>
        <translation>L&apos;adresse doit commencer par https://, par exemple https://pim.example.com.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): your password would travel in clear. Use https:// instead; http:// is accepted only for a PIM on this computer.</source>
        <translation>Cette adresse n&apos;est pas chiffrée (http://)&#xa0;: votre mot de passe circulerait en clair. Utilisez plutôt https://&#xa0;; http:// n&apos;est accepté que pour un PIM sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Leave the username and password out of the address (the part before &quot;@&quot;): they are asked for separately.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse (la partie avant «&#xa0;@&#xa0;»)&#xa0;: ils sont demandés à part.</translation>
    </message>
    <message>
        <source>The address has no server name. Type it as https://pim.example.com.</source>
        <translation>L&apos;adresse n&apos;a pas de nom de serveur. Saisissez-la sous la forme https://pim.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. Type the address as https://pim.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur valide. Saisissez l&apos;adresse sous la forme https://pim.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: a port is a number from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port valide&#xa0;: un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot;: the address of a PIM has no query.</source>
        <translation>Retirez la partie après «&#xa0;?&#xa0;»&#xa0;: l&apos;adresse d&apos;un PIM n&apos;a pas de requête.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;#&quot;: it names a page of the PIM, not its address.</source>
        <translation>Retirez la partie après «&#xa0;#&#xa0;»&#xa0;: elle désigne une page du PIM, pas son adresse.</translation>
    </message>
</context>
<context>
    <name>PimSession</name>
    <message>
        <source>Enter a username and a password.</source>
        <translation>Saisissez un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Enter the address of the PIM.</source>
        <translation>Saisissez l&apos;adresse du PIM.</translation>
    </message>
</context>
<context>
    <name>PimTime</name>
    <message>
        <source>&quot;%1&quot; is not a time with its zone</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure avec son fuseau</translation>
    </message>
</context>
<context>
    <name>PrivateFolders</name>
    <message>
        <source>The permissions of %1 cannot be restricted to your user.</source>
        <translation>Les droits de %1 ne peuvent pas être réservés à votre utilisateur.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PIM Connections</source>
        <translation>PIM Connections</translation>
    </message>
</context>
<context>
    <name>RegeneratePasswordJob</name>
    <message>
        <source>the new password is empty</source>
        <translation>le nouveau mot de passe est vide</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>--%1 takes USER:PASSWORD, both non-empty</source>
        <translation>--%1 prend UTILISATEUR:MOT_DE_PASSE, tous deux non vides</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds greater than 0, not &quot;%2&quot;</source>
        <translation>--%1 prend un nombre de secondes supérieur à 0, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8080).</source>
        <translation>Port d&apos;écoute&#xa0;; 0 en choisit un libre (par défaut 8080).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>Directory of the SQLite store and the images; data survives a restart on the same directory. Without it, a temporary store removed at exit.</source>
        <translation>Dossier du stockage SQLite et des images&#xa0;; les données survivent à un redémarrage sur le même dossier. Sans lui, un stockage temporaire supprimé à la sortie.</translation>
    </message>
    <message>
        <source>A back-office user with every right, &quot;Manage connections settings&quot; included (default admin:admin).</source>
        <translation>Un utilisateur du back-office avec tous les droits, «&#xa0;Gérer les paramètres des connexions&#xa0;» compris (par défaut admin:admin).</translation>
    </message>
    <message>
        <source>What a new store starts with: demo or empty (default demo).</source>
        <translation>Ce par quoi commence un nouveau stockage&#xa0;: demo ou empty (par défaut demo).</translation>
    </message>
    <message>
        <source>Lifetime of API access tokens in seconds (default 3600); refresh tokens live 14 days.</source>
        <translation>Durée de vie des jetons d&apos;accès de l&apos;API en secondes (par défaut 3600)&#xa0;; les jetons de rafraîchissement vivent 14 jours.</translation>
    </message>
    <message>
        <source>Back-office sessions end after this many idle seconds (default 3600).</source>
        <translation>Les sessions du back-office se terminent après ce nombre de secondes d&apos;inactivité (par défaut 3600).</translation>
    </message>
    <message>
        <source>Adds a connected App (type &quot;app&quot;) unless its code exists: it counts in the limit of 50 and in code uniqueness, and the connection routes do not show it. Repeatable.</source>
        <translation>Ajoute une App connectée (type «&#xa0;app&#xa0;») sauf si son code existe&#xa0;: elle compte dans la limite de 50 et dans l&apos;unicité des codes, et les routes des connexions ne la montrent pas. Répétable.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port prend un nombre de 0 à 65535, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--host takes an IP address, not &quot;%1&quot;</source>
        <translation>--host prend une adresse IP, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--data takes a directory</source>
        <translation>--data prend un dossier</translation>
    </message>
    <message>
        <source>--user %1 is already the --admin user</source>
        <translation>--user %1 est déjà l&apos;utilisateur --admin</translation>
    </message>
    <message>
        <source>--seed takes demo or empty, not &quot;%1&quot;</source>
        <translation>--seed prend demo ou empty, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--app takes CODE:LABEL with a valid connection code (3 to 100 letters, digits or underscores) and label (3 to 100 characters), not &quot;%1&quot;</source>
        <translation>--app prend CODE:LIBELLÉ avec un code de connexion valide (3 à 100 lettres, chiffres ou tirets bas) et un libellé valide (3 à 100 caractères), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A back-office user without &quot;Manage connections settings&quot; and &quot;Manage apps&quot;: listing works, reading, creating, changing, deleting and regenerating answer 403, and so do the connected Apps&apos; settings. Repeatable.</source>
        <translation>Un utilisateur du back-office sans «&#xa0;Gérer les paramètres des connexions&#xa0;» ni «&#xa0;Gérer les apps&#xa0;»&#xa0;: la liste fonctionne&#xa0;; lire, créer, modifier, supprimer et régénérer répondent 403, de même que les paramètres des Apps connectées. Répétable.</translation>
    </message>
    <message>
        <source>Starts the clock at this date (and time in UTC; noon when left out) instead of the system&apos;s; it then runs on. For repeatable days in the dashboard.</source>
        <translation>Démarre l&apos;horloge à cette date (et à cette heure UTC&#xa0;; midi si elle est omise) au lieu de celle du système&#xa0;; elle avance ensuite. Pour des jours reproductibles dans le tableau de bord.</translation>
    </message>
    <message>
        <source>Time zone of the --admin user&apos;s profile, in which the Data flows dashboard counts its days (default UTC; --user users keep UTC).</source>
        <translation>Fuseau horaire du profil de l&apos;utilisateur --admin, dans lequel le tableau de bord des flux de données compte ses jours (par défaut UTC&#xa0;; les utilisateurs --user restent en UTC).</translation>
    </message>
    <message>
        <source>--today takes a date like 2020-01-07, or 2020-01-07T23:30 (UTC), not &quot;%1&quot;</source>
        <translation>--today prend une date comme 2020-01-07, ou 2020-01-07T23:30 (UTC), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--timezone takes a time zone like Europe/Paris, not &quot;%1&quot;</source>
        <translation>--timezone prend un fuseau horaire comme Europe/Paris, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A local Akeneo PIM for PIM Connections. Over HTTP it answers the back-office sign-in, the
connection settings (/rest/connections), logos, roles and groups, the public API&apos;s OAuth
token and a small product API (/api/rest/v1/products), the error monitoring and the Data
flows dashboard (/rest/connections/CODE/business-errors, /rest/connections/audit/...) and
the connected Apps (/rest/apps/connected-apps), and the event subscriptions and event logs
(/rest/connections/CODE/webhook, /rest/events-api-debug/...). It keeps its data in SQLite.

Calls to the product API with a connection&apos;s token are recorded as a PIM records them:
products created and updated by tracked source connections, products read by tracked
destinations, business and technical errors. The dashboard and the error monitoring
answer from these records. Products created, updated and deleted through that API are sent
to the active event subscriptions, signed with their secret, and written to the event logs.
Event requests and the &quot;Test&quot; of a URL go only to loopback addresses (127.0.0.1, ::1;
&quot;localhost&quot; is refused by name, as a PIM does) unless --webhook-any-host is given.

Once listening, the first line on standard output is
  pim-sandbox listening on http://HOST:PORT
SIGTERM or SIGINT stops it cleanly. Bad options exit with code 2.

Seeds (on a new store only): &quot;demo&quot; adds the connections erp and retail_hub (sources)
and web_shop (destination), each with a logo, the connected App content_translator, and
eight days of history (products created, updated and read, business errors); retail_hub
is not tracked; web_shop has an active event subscription to
http://127.0.0.1:8081/akeneo-events and a day of event logs. &quot;empty&quot; adds none. Roles,
user groups and a small catalogue (families, attributes and three products) are always
installed.</source>
        <translation>Un Akeneo PIM local pour PIM Connections. En HTTP, il répond à l&apos;identification au
back-office, aux paramètres des connexions (/rest/connections), aux logos, aux rôles et
groupes, au jeton OAuth de l&apos;API publique et à une petite API de produits
(/api/rest/v1/products), à la surveillance des erreurs et au tableau de bord des flux de
données (/rest/connections/CODE/business-errors, /rest/connections/audit/...) et aux Apps
connectées (/rest/apps/connected-apps), ainsi qu&apos;aux abonnements aux événements et à leurs
journaux (/rest/connections/CODE/webhook, /rest/events-api-debug/...). Il garde ses données
dans SQLite.

Les appels à l&apos;API de produits avec le jeton d&apos;une connexion sont enregistrés comme un PIM
les enregistre&#xa0;: produits créés et modifiés par les connexions sources suivies, produits
lus par les destinations suivies, erreurs métier et techniques. Le tableau de bord et la
surveillance des erreurs répondent à partir de ces enregistrements. Les produits créés,
modifiés et supprimés par cette API sont envoyés aux abonnements aux événements actifs,
signés avec leur secret, et écrits dans les journaux d&apos;événements. Les requêtes d&apos;événements
et le «&#xa0;Test&#xa0;» d&apos;une URL ne vont qu&apos;à des adresses de bouclage (127.0.0.1, ::1&#xa0;; «&#xa0;localhost&#xa0;»
est refusé par son nom, comme le fait un PIM), sauf avec --webhook-any-host.

Une fois à l&apos;écoute, la première ligne sur la sortie standard est
  pim-sandbox listening on http://HOST:PORT
SIGTERM ou SIGINT l&apos;arrête proprement. De mauvaises options sortent avec le code 2.

Données de départ (sur un nouveau stockage seulement)&#xa0;: «&#xa0;demo&#xa0;» ajoute les connexions
erp et retail_hub (sources) et web_shop (destination), chacune avec un logo, l&apos;App
connectée content_translator et huit jours d&apos;historique (produits créés, modifiés et lus,
erreurs métier)&#xa0;; retail_hub n&apos;est pas suivie&#xa0;; web_shop a un abonnement aux événements actif vers
http://127.0.0.1:8081/akeneo-events et une journée de journaux d&apos;événements. «&#xa0;empty&#xa0;» n&apos;en ajoute aucune. Les rôles,
les groupes d&apos;utilisateurs et un petit catalogue (familles, attributs et trois produits)
sont toujours installés.</translation>
    </message>
    <message>
        <source>Turns the Events API off: every event subscription and event log route answers 404, as on a PIM after its retirement, and product changes send no events.</source>
        <translation>Désactive l&apos;API Events&#xa0;: chaque route des abonnements aux événements et des journaux d&apos;événements répond 404, comme sur un PIM après son retrait, et les modifications de produits n&apos;envoient aucun événement.</translation>
    </message>
    <message>
        <source>Lets event requests and the &quot;Test&quot; of a URL go to any host; by default only loopback addresses are contacted and other hosts answer as unreachable.</source>
        <translation>Laisse les requêtes d&apos;événements et le «&#xa0;Test&#xa0;» d&apos;une URL aller vers n&apos;importe quel hôte&#xa0;; par défaut, seules les adresses de bouclage sont contactées et les autres hôtes répondent comme injoignables.</translation>
    </message>
    <message>
        <source>How long an event request may take before it is logged as not answering, in milliseconds (default 500, the PIM&apos;s webhook_timeout).</source>
        <translation>Durée qu&apos;une requête d&apos;événement peut prendre avant d&apos;être journalisée comme sans réponse, en millisecondes (500 par défaut, le webhook_timeout du PIM).</translation>
    </message>
    <message>
        <source>--webhook-timeout takes a number of milliseconds from 1 to 600000, not &quot;%1&quot;</source>
        <translation>--webhook-timeout prend un nombre de millisecondes de 1 à 600000, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A request must send all its headers within this many seconds of its first byte, or it is answered 408 and its connection closed (default 20).</source>
        <translation>Une requête doit envoyer tous ses en-têtes dans ce nombre de secondes après son premier octet, sinon elle reçoit la réponse 408 et sa connexion est fermée (20 par défaut).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary store: %1</source>
        <translation>impossible de créer un stockage temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the store&apos;s settings</source>
        <translation>impossible d&apos;écrire les réglages du stockage</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SecretKey</name>
    <message>
        <source>the password of %1 on %2</source>
        <translation>le mot de passe de %1 sur %2</translation>
    </message>
    <message>
        <source>the secret of the connection %1 on %2</source>
        <translation>le secret de la connexion %1 sur %2</translation>
    </message>
    <message>
        <source>the password of the connection %1 on %2</source>
        <translation>le mot de passe de la connexion %1 sur %2</translation>
    </message>
    <message>
        <source>the event subscription secret of the connection %1 on %2</source>
        <translation>le secret de l&apos;abonnement aux événements de la connexion %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>Nothing is stored for this in this session (no system keychain is available).</source>
        <translation>Rien n&apos;est conservé pour cela dans cette session (aucun trousseau du système n&apos;est disponible).</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this.</source>
        <translation>Rien n&apos;est conservé pour cela dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it, or allow this app to use it, and try again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès. Déverrouillez-le, ou autorisez cette application à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for its password: unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps. Il est peut-être verrouillé et attend son mot de passe&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no PIM address or no name given</source>
        <translation>aucune adresse de PIM ou aucun nom indiqué</translation>
    </message>
    <message>
        <source>No system keychain is available%1. Passwords and secrets are kept in memory only until the app quits: nothing is written to disk, and you will be asked for them again next time. Install or unlock a keychain (such as GNOME Keyring or KWallet) to keep them.</source>
        <translation>Aucun trousseau du système n&apos;est disponible%1. Les mots de passe et les secrets sont gardés en mémoire seulement, jusqu&apos;à la fermeture de l&apos;application&#xa0;: rien n&apos;est écrit sur le disque, et ils vous seront redemandés la prochaine fois. Installez ou déverrouillez un trousseau (comme GNOME Keyring ou KWallet) pour les conserver.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>R&amp;emember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Use https</source>
        <translation>Utiliser https</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S&apos;identifier</translation>
    </message>
    <message>
        <source>Sign in to your Akeneo PIM</source>
        <translation>Identifiez-vous sur votre Akeneo PIM</translation>
    </message>
    <message>
        <source>Use a PIM user with the permission “Manage connections settings” to change connections.</source>
        <translation>Utilisez un utilisateur du PIM qui a la permission «&#xa0;Gérer les paramètres des connexions&#xa0;» pour modifier les connexions.</translation>
    </message>
    <message>
        <source>PIM address</source>
        <translation>Adresse du PIM</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Use https instead of http</source>
        <translation>Utiliser https au lieu de http</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>PIM &amp;address</source>
        <translation>&amp;Adresse du PIM</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your PIM username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur du PIM.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The PIM refused this username and password. Check them and try again.</source>
        <translation>Le PIM a refusé ce nom d&apos;utilisateur et ce mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Identification…</translation>
    </message>
</context>
<context>
    <name>SignInJob</name>
    <message>
        <source>no sign-in form was found at this address: is it an Akeneo PIM?</source>
        <translation>aucun formulaire d&apos;identification n&apos;a été trouvé à cette adresse&#xa0;: est-ce bien un Akeneo PIM&#xa0;?</translation>
    </message>
    <message>
        <source>the PIM answered the sign-in form without redirecting</source>
        <translation>le PIM a répondu au formulaire d&apos;identification sans redirection</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot create the media directory %1</source>
        <translation>impossible de créer le dossier des médias %1</translation>
    </message>
</context>
<context>
    <name>TestCredentialsJob</name>
    <message>
        <source>the access token is empty</source>
        <translation>le jeton d&apos;accès est vide</translation>
    </message>
</context>
<context>
    <name>UploadImageJob</name>
    <message>
        <source>This file cannot be used as an image (%1). Accepted files: %2.</source>
        <translation>Ce fichier ne peut pas servir d&apos;image (%1). Fichiers acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
    <message>
        <source>the PIM gave an empty file path</source>
        <translation>le PIM a donné un chemin de fichier vide</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Connection code is required.</source>
        <translation>Le code de la connexion est obligatoire.</translation>
    </message>
    <message>
        <source>Connection code may contain only letters, numbers and underscores.</source>
        <translation>Le code de la connexion ne peut contenir que des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>Connection code is too short. It should have 3 characters or more.</source>
        <translation>Le code de la connexion est trop court. Il doit contenir au moins 3 caractères.</translation>
    </message>
    <message>
        <source>Connection code is too long. It should have 100 characters or less.</source>
        <translation>Le code de la connexion est trop long. Il doit contenir au plus 100 caractères.</translation>
    </message>
    <message>
        <source>Connection code must be unique.</source>
        <translation>Le code de la connexion doit être unique.</translation>
    </message>
    <message>
        <source>Connection label is required.</source>
        <translation>Le libellé de la connexion est obligatoire.</translation>
    </message>
    <message>
        <source>Connection label is too short. It should have 3 characters or more.</source>
        <translation>Le libellé de la connexion est trop court. Il doit contenir au moins 3 caractères.</translation>
    </message>
    <message>
        <source>Connection label is too long. It should have 100 characters or less.</source>
        <translation>Le libellé de la connexion est trop long. Il doit contenir au plus 100 caractères.</translation>
    </message>
    <message>
        <source>Connection flow type can only be &apos;data_source&apos;, &apos;data_destination&apos; or &apos;other&apos;.</source>
        <translation>Le type de flux de la connexion ne peut être que &apos;data_source&apos;, &apos;data_destination&apos; ou &apos;other&apos;.</translation>
    </message>
    <message>
        <source>The image was not found. Please try again.</source>
        <translation>L&apos;image est introuvable. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The image path is empty. Choose an image again or remove it.</source>
        <translation>Le chemin de l&apos;image est vide. Choisissez de nouveau une image ou retirez-la.</translation>
    </message>
    <message>
        <source>The user group was not found. Make sure the specified user group exists.</source>
        <translation>Le groupe d&apos;utilisateurs est introuvable. Vérifiez que le groupe indiqué existe.</translation>
    </message>
    <message>
        <source>You reached this PIM&apos;s limit of connections and connected Apps.</source>
        <translation>Vous avez atteint la limite de connexions et d&apos;Apps connectées de ce PIM.</translation>
    </message>
</context>
<context>
    <name>WebhookErrors</name>
    <message>
        <source>a validation answer is not a JSON object</source>
        <translation>une réponse de validation n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a validation answer has neither &quot;errors&quot; nor &quot;message&quot;</source>
        <translation>une réponse de validation n&apos;a ni «&#xa0;errors&#xa0;» ni «&#xa0;message&#xa0;»</translation>
    </message>
    <message>
        <source>a validation error is not a JSON object</source>
        <translation>une erreur de validation n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>This value is not a valid URL.</source>
        <translation>Cette valeur n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>You are trying to update a connection that does not exist.</source>
        <translation>Vous essayez de modifier une connexion qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You have reached the limit of active event subscriptions.</source>
        <translation>Vous avez atteint la limite d&apos;abonnements aux événements actifs.</translation>
    </message>
    <message>
        <source>This url is not allowed.</source>
        <translation>Cette URL n&apos;est pas autorisée.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>S&apos;&amp;identifier…</translation>
    </message>
    <message>
        <source>&amp;Keep Connection Secrets for Offline Use</source>
        <translation>&amp;Conserver les secrets des connexions pour l&apos;usage hors ligne</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Back to the Connections</source>
        <translation>&amp;Retour aux connexions</translation>
    </message>
    <message>
        <source>Keeps each connection&apos;s secret in the system keychain, so that its page shows it while the PIM cannot be reached. Turned off, the kept secrets are removed.</source>
        <translation>Conserve le secret de chaque connexion dans le trousseau du système, pour que sa page l&apos;affiche quand le PIM est injoignable. Désactivé, les secrets conservés sont supprimés.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The PIM&apos;s address is not valid.</source>
        <translation>L&apos;adresse du PIM n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Working offline: changes are made on the PIM, so they are not possible now.</source>
        <translation>Travail hors ligne&#xa0;: les modifications se font sur le PIM, elles ne sont donc pas possibles pour le moment.</translation>
    </message>
    <message>
        <source>Connecting to the PIM… Changes are possible once it has answered.</source>
        <translation>Connexion au PIM… Les modifications seront possibles dès qu&apos;il aura répondu.</translation>
    </message>
    <message>
        <source>Sign in to the PIM to make changes.</source>
        <translation>Identifiez-vous sur le PIM pour faire des modifications.</translation>
    </message>
    <message>
        <source>The PIM cannot be reached (%1). Changes are possible again once it answers.</source>
        <translation>Le PIM est injoignable (%1). Les modifications seront de nouveau possibles dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <source>The connection %1 is not in the offline copy, and the PIM cannot be reached to read it.</source>
        <translation>La connexion %1 n&apos;est pas dans la copie hors ligne, et le PIM est injoignable pour la lire.</translation>
    </message>
    <message>
        <source>The roles and groups of this PIM have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Les rôles et les groupes de ce PIM n&apos;ont pas encore été lus, et le PIM est injoignable pour les lire.</translation>
    </message>
</context>
<context>
    <name>WrongCredentials</name>
    <message>
        <source>expected a map of connections, got a non-empty array</source>
        <translation>une table de connexions était attendue, un tableau non vide a été reçu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON object</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;users&quot; of &quot;%1&quot; is not an array</source>
        <translation>«&#xa0;users&#xa0;» de «&#xa0;%1&#xa0;» n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>a user of &quot;%1&quot; is not a JSON object</source>
        <translation>un utilisateur de «&#xa0;%1&#xa0;» n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;pim-sandbox --help&apos; for more information.</source>
        <translation>Lancez «&#xa0;pim-sandbox --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
</context>
</TS>
