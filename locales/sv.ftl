# UI strings of the article-embed widget: Swedish (sv).

## Article chrome
follow-us = Följ oss
byline = Av { $author }
published = Publicerad { $date }
share-top = Dela:
share-bottom = Dela den här artikeln:
advertisement = Annons
trending = Populärt nu
disclaimer-heading = Om den här artikeln
loading = Laddar artikeln…

## Share buttons (network names are brands and stay untranslated)
share-native = Dela…
share-on = Dela på { $network }
share-email = Dela via e-post
share-copy = Kopiera länk
share-copied = Länk kopierad
share-copy-failed = Det gick inte att kopiera. Länken är: { $url }
share-new-tab = (öppnas i en ny flik)

## Language switcher and honest translations
language-button = Språk: { $language }
language-list = Läs artikeln på
language-filter = Filtrera språk
language-no-match = Inget språk matchar
language-current = aktuellt språk
machine-translated = maskinöversatt
mt-notice = Maskinöversatt från { $language }.
mt-show-original = Läs originalet
mt-suspect = Det här avsnittet kan vara felöversatt.
mt-original-show = Visa originalavsnittet
mt-original-label = Original ({ $language })

## Consent
consent-title = Dina integritetsval
consent-intro = Den här artikeln kan visa innehåll som kräver ditt samtycke. Välj vad du tillåter; du kan ändra det när som helst under ”Integritetsinställningar”.
consent-accept-all = Godkänn alla
consent-reject-all = Avvisa alla
consent-choose = Välj själv
consent-save = Spara mina val
consent-always-on = Alltid på
consent-necessary = Strikt nödvändiga
consent-necessary-desc = Kommer ihåg ditt språk och det här integritetsvalet. Inget delas.
consent-advertising = Annonser
consent-advertising-desc = Visar i artikeln en annons från den annonspartner som { $publisher } använder. Annonspartnern kan sätta cookies.
consent-media = Inbäddat innehåll
consent-media-desc = Spelar upp videor från { $providers } i artikeln när du klickar på en. De här webbplatserna kan sätta cookies.
consent-gpc = Din webbläsare ber webbplatser att inte sälja eller dela dina uppgifter (Global Privacy Control), så annonser förblir avstängda om du inte slår på dem här.
consent-saved = Dina integritetsval har sparats.
consent-settings = Integritetsinställningar
ad-hidden = Annons dold — integritetsinställningar

## Errors
error-title = Artikeln kunde inte visas.
error-not-found = Artikeln hittades inte.
error-network = Artikeln kunde inte laddas. Kontrollera din anslutning.
error-timeout = Det tog för lång tid att ladda artikeln.
error-invalid = Artikelns data är ogiltiga.
error-missing-src = Den här inbäddningen anger inte vilken artikel som ska visas.
error-read-on-site = Läs artikeln på utgivarens webbplats

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Läs vidare
more-hide = Visa mindre
more-expanded = Artikeln är utfälld.
mastodon-server = Din Mastodon-server
mastodon-hint = Bara dess namn, till exempel mastodon.social
mastodon-invalid = Det är inte ett servernamn. Skriv bara namnet, till exempel mastodon.social, utan https://, @ eller /.
mastodon-cancel = Avbryt
mastodon-change = Byt Mastodon-server: { $server }
newsletter-heading = Nyhetsbrev
newsletter-signup = Prenumerera på nyhetsbrevet från { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabell
gallery = Bildgalleri
embed-play = Spela upp video från { $provider }
embed-video = Video från { $provider }
embed-open = Titta på { $provider }
embed-ask = Spela upp den här videon från { $provider }?
embed-ask-detail = Spelaren läses in från { $host }, som kan sätta cookies. Tillståndet gäller alla inbäddade videor; du kan ändra det under ”Integritetsinställningar”.
embed-allow = Tillåt och spela upp
embed-later = Inte nu
embed-managed = Inbäddade videor är avstängda i den här webbplatsens integritetsinställningar.
post-view = Visa inlägget på { $network }
post-media = Bifogat: { $description }
footnotes = Fotnoter
footnote-ref = Fotnot { $number }
footnote-back = Tillbaka till texten

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Bädda in den här artikeln
embed-page-intro = Välj alternativen, granska förhandsvisningen och kopiera sedan koden till din sida.
embed-page-no-script = Utan JavaScript är koderna nedan standardkoderna, och alternativen och förhandsvisningen fungerar inte.
embed-page-language = Språk
embed-page-form = Form
embed-page-form-snippet = Förrenderat utdrag
embed-page-form-iframe = Iframe
embed-page-form-element = Script-tagg med den förrenderade artikeln
embed-page-form-one-tag = En enda script-tagg
embed-page-form-url = Artikellänk för oEmbed-webbplatser som WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automatiskt
embed-page-theme-light = Ljust
embed-page-theme-dark = Mörkt
embed-page-share = Delningsknappar i ordning (tomt: alla)
embed-page-share-hint = Namn åtskilda med kommatecken, bland: { $names }
embed-page-share-params = Parametrar för delade länkar
embed-page-share-params-hint = Till exempel utm_source=minblogg&utm_medium=embed
embed-page-max-height = ”Läs mer” efter denna höjd, i pixlar
embed-page-max-height-hint = Tomt: hela artikeln.
embed-page-preview = Förhandsvisning
embed-page-code = Kod
embed-page-copy = Kopiera koden
embed-page-copied = Koden kopierades.
embed-page-copy-keys = Koden är markerad: tryck Ctrl+C (⌘C på Mac) för att kopiera den.
embed-page-cost = Första visning: { $ratio } tiden för samma artikel som ren HTML, på en långsam telefon.
embed-page-cost-unmeasured = Första visning: inte mätt ännu.
embed-page-csp = Det här behöver din Content-Security-Policy
embed-page-url-note = Webbplatsen bygger kortet från artikelsidans oEmbed-länk: alternativen gäller inte.
