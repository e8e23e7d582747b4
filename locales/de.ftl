# UI strings of the article-embed widget: German (de).

## Article chrome
follow-us = Folgen Sie uns
byline = Von { $author }
published = Veröffentlicht am { $date }
share-top = Teilen:
share-bottom = Diesen Artikel teilen:
advertisement = Anzeige
trending = Im Trend
disclaimer-heading = Über diesen Artikel
loading = Artikel wird geladen …

## Share buttons (network names are brands and stay untranslated)
share-native = Teilen …
share-on = Auf { $network } teilen
share-email = Per E-Mail teilen
share-copy = Link kopieren
share-copied = Link kopiert
share-copy-failed = Kopieren fehlgeschlagen. Der Link lautet: { $url }
share-new-tab = (öffnet in neuem Tab)

## Language switcher and honest translations
language-button = Sprache: { $language }
language-list = Diesen Artikel lesen auf
language-filter = Sprachen filtern
language-no-match = Keine passende Sprache
language-current = aktuelle Sprache
machine-translated = maschinell übersetzt
mt-notice = Maschinell übersetzt. Originalsprache: { $language }.
mt-show-original = Original lesen
mt-suspect = Diese Passage ist möglicherweise falsch übersetzt.
mt-original-show = Originalpassage anzeigen
mt-original-label = Original ({ $language })

## Consent
consent-title = Ihre Datenschutzauswahl
consent-intro = Dieser Artikel kann Inhalte zeigen, die Ihre Einwilligung erfordern. Wählen Sie, was Sie erlauben; Sie können das jederzeit unter „Datenschutzeinstellungen“ ändern.
consent-accept-all = Alle akzeptieren
consent-reject-all = Alle ablehnen
consent-choose = Auswählen
consent-save = Auswahl speichern
consent-always-on = Immer aktiv
consent-necessary = Unbedingt erforderlich
consent-necessary-desc = Speichert Ihre Sprache und diese Datenschutzauswahl. Es werden keine Daten weitergegeben.
consent-advertising = Werbung
consent-advertising-desc = Zeigt im Artikel eine Anzeige des Werbepartners von { $publisher }. Der Werbepartner kann Cookies setzen.
consent-media = Eingebettete Inhalte
consent-media-desc = Spielt Videos von { $providers } im Artikel ab, wenn Sie eines anklicken. Diese Websites können Cookies setzen.
consent-gpc = Ihr Browser bittet Websites, Ihre Daten nicht zu verkaufen oder weiterzugeben (Global Privacy Control). Daher bleibt Werbung deaktiviert, sofern Sie sie nicht hier aktivieren.
consent-saved = Ihre Datenschutzauswahl wurde gespeichert.
consent-settings = Datenschutzeinstellungen
ad-hidden = Anzeige ausgeblendet — Datenschutzeinstellungen

## Errors
error-title = Dieser Artikel kann nicht angezeigt werden.
error-not-found = Der Artikel wurde nicht gefunden.
error-network = Der Artikel konnte nicht geladen werden. Prüfen Sie Ihre Verbindung.
error-timeout = Das Laden des Artikels hat zu lange gedauert.
error-invalid = Die Artikeldaten sind ungültig.
error-missing-src = Diese Einbettung gibt nicht an, welcher Artikel angezeigt werden soll.
error-read-on-site = Artikel auf der Website des Herausgebers lesen

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Weiterlesen
more-hide = Weniger anzeigen
more-expanded = Artikel ausgeklappt.
mastodon-server = Ihr Mastodon-Server
mastodon-hint = Nur sein Name, zum Beispiel mastodon.social
mastodon-invalid = Das ist kein Servername. Geben Sie nur den Namen ein, zum Beispiel mastodon.social, ohne https://, @ oder /.
mastodon-cancel = Abbrechen
mastodon-change = Mastodon-Server ändern: { $server }
newsletter-heading = Newsletter
newsletter-signup = Newsletter von { $publisher } abonnieren

## Tables, galleries, players, posts and footnotes
table = Tabelle
gallery = Bildergalerie
embed-play = Video von { $provider } abspielen
embed-video = Video von { $provider }
embed-open = Auf { $provider } ansehen
embed-ask = Dieses Video von { $provider } abspielen?
embed-ask-detail = Der Player wird von { $host } geladen, das Cookies setzen kann. Die Erlaubnis gilt für alle eingebetteten Videos; Sie können sie unter „Datenschutzeinstellungen“ ändern.
embed-allow = Erlauben und abspielen
embed-later = Jetzt nicht
embed-managed = Eingebettete Videos sind in den Datenschutzeinstellungen dieser Website ausgeschaltet.
post-view = Beitrag auf { $network } ansehen
post-media = Angehängt: { $description }
footnotes = Fußnoten
footnote-ref = Fußnote { $number }
footnote-back = Zurück zum Text

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Diesen Artikel einbetten
embed-page-intro = Wählen Sie die Optionen, prüfen Sie die Vorschau und kopieren Sie dann den Code in Ihre Seite.
embed-page-no-script = Ohne JavaScript sind die Codes unten die Standardcodes, und Optionen und Vorschau funktionieren nicht.
embed-page-language = Sprache
embed-page-form = Form
embed-page-form-snippet = Vorgerendertes Snippet
embed-page-form-iframe = Iframe
embed-page-form-element = Script-Tag mit dem vorgerenderten Artikel
embed-page-form-one-tag = Ein einziges Script-Tag
embed-page-form-url = Artikellink für oEmbed-Seiten wie WordPress
embed-page-theme = Farbschema
embed-page-theme-auto = Automatisch
embed-page-theme-light = Hell
embed-page-theme-dark = Dunkel
embed-page-share = Teilen-Schaltflächen, in Reihenfolge (leer: alle)
embed-page-share-hint = Namen durch Kommas getrennt, aus: { $names }
embed-page-share-params = Parameter für geteilte Links
embed-page-share-params-hint = Zum Beispiel utm_source=meinblog&utm_medium=embed
embed-page-max-height = „Weiterlesen“ ab dieser Höhe, in Pixeln
embed-page-max-height-hint = Leer: der ganze Artikel.
embed-page-preview = Vorschau
embed-page-code = Code
embed-page-copy = Code kopieren
embed-page-copied = Der Code wurde kopiert.
embed-page-copy-keys = Der Code ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.
embed-page-cost = Erste Darstellung: { $ratio } der Zeit desselben Artikels als reines HTML, auf einem langsamen Telefon.
embed-page-cost-unmeasured = Erste Darstellung: noch nicht gemessen.
embed-page-csp = Was Ihre Content-Security-Policy erlauben muss
embed-page-url-note = Die Seite baut die Karte aus dem oEmbed-Link der Artikelseite: Die Optionen gelten dafür nicht.
