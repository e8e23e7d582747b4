# UI strings of the article-embed widget: Dutch (nl).

## Article chrome
follow-us = Volg ons
byline = Door { $author }
published = Gepubliceerd op { $date }
share-top = Delen:
share-bottom = Deel dit artikel:
advertisement = Advertentie
trending = Populair
disclaimer-heading = Over dit artikel
loading = Artikel wordt geladen…

## Share buttons (network names are brands and stay untranslated)
share-native = Delen…
share-on = Delen op { $network }
share-email = Delen via e-mail
share-copy = Link kopiëren
share-copied = Link gekopieerd
share-copy-failed = Kopiëren mislukt. De link is: { $url }
share-new-tab = (opent in een nieuw tabblad)

## Language switcher and honest translations
language-button = Taal: { $language }
language-list = Lees dit artikel in
language-filter = Talen filteren
language-no-match = Geen overeenkomende taal
language-current = huidige taal
machine-translated = machinaal vertaald
mt-notice = Machinaal vertaald. Oorspronkelijke taal: { $language }.
mt-show-original = Lees het origineel
mt-suspect = Deze passage is mogelijk verkeerd vertaald.
mt-original-show = Oorspronkelijke passage tonen
mt-original-label = Origineel ({ $language })

## Consent
consent-title = Je privacykeuzes
consent-intro = Dit artikel kan inhoud tonen waarvoor je toestemming nodig is. Kies wat je toestaat; je kunt dit op elk moment wijzigen via ‘Privacyinstellingen’.
consent-accept-all = Alles accepteren
consent-reject-all = Alles weigeren
consent-choose = Zelf kiezen
consent-save = Mijn keuzes opslaan
consent-always-on = Altijd aan
consent-necessary = Strikt noodzakelijk
consent-necessary-desc = Onthoudt je taal en deze privacykeuze. Er wordt niets gedeeld.
consent-advertising = Advertenties
consent-advertising-desc = Toont in het artikel een advertentie van de advertentiepartner van { $publisher }. De advertentiepartner kan cookies plaatsen.
consent-media = Ingesloten inhoud
consent-media-desc = Speelt video’s van { $providers } in het artikel af als je erop klikt. Deze sites kunnen cookies plaatsen.
consent-gpc = Je browser vraagt sites om je gegevens niet te verkopen of te delen (Global Privacy Control). Daarom blijven advertenties uit, tenzij je ze hier aanzet.
consent-saved = Je privacykeuzes zijn opgeslagen.
consent-settings = Privacyinstellingen
ad-hidden = Advertentie verborgen — privacyinstellingen

## Errors
error-title = Dit artikel kan niet worden weergegeven.
error-not-found = Het artikel is niet gevonden.
error-network = Het artikel kon niet worden geladen. Controleer je verbinding.
error-timeout = Het laden van het artikel duurde te lang.
error-invalid = De artikelgegevens zijn ongeldig.
error-missing-src = Deze embed geeft niet aan welk artikel moet worden getoond.
error-read-on-site = Lees het artikel op de site van de uitgever

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Verder lezen
more-hide = Minder tonen
more-expanded = Artikel uitgeklapt.
mastodon-server = Je Mastodon-server
mastodon-hint = Alleen de naam, bijvoorbeeld mastodon.social
mastodon-invalid = Dat is geen servernaam. Typ alleen de naam, bijvoorbeeld mastodon.social, zonder https://, @ of /.
mastodon-cancel = Annuleren
mastodon-change = Mastodon-server wijzigen: { $server }
newsletter-heading = Nieuwsbrief
newsletter-signup = Aanmelden voor de nieuwsbrief van { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabel
gallery = Fotogalerij
embed-play = Video van { $provider } afspelen
embed-video = Video van { $provider }
embed-open = Bekijken op { $provider }
embed-ask = Deze video van { $provider } afspelen?
embed-ask-detail = De speler wordt geladen van { $host }, dat cookies kan plaatsen. De toestemming geldt voor alle ingesloten video’s; je kunt dit wijzigen via ‘Privacyinstellingen’.
embed-allow = Toestaan en afspelen
embed-later = Niet nu
embed-managed = Ingesloten video’s staan uit in de privacyinstellingen van deze site.
post-view = Bericht bekijken op { $network }
post-media = Bijlage: { $description }
footnotes = Voetnoten
footnote-ref = Voetnoot { $number }
footnote-back = Terug naar de tekst

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Dit artikel insluiten
embed-page-intro = Kies de opties, bekijk het voorbeeld en kopieer dan de code naar je pagina.
embed-page-no-script = Zonder JavaScript zijn de codes hieronder de standaardcodes en werken de opties en het voorbeeld niet.
embed-page-language = Taal
embed-page-form = Vorm
embed-page-form-snippet = Vooraf weergegeven fragment
embed-page-form-iframe = Iframe
embed-page-form-element = Scripttag met het vooraf weergegeven artikel
embed-page-form-one-tag = Eén scripttag
embed-page-form-url = Artikellink voor oEmbed-sites zoals WordPress
embed-page-theme = Thema
embed-page-theme-auto = Automatisch
embed-page-theme-light = Licht
embed-page-theme-dark = Donker
embed-page-share = Deelknoppen, op volgorde (leeg: alle)
embed-page-share-hint = Namen gescheiden door komma's, uit: { $names }
embed-page-share-params = Parameters voor gedeelde links
embed-page-share-params-hint = Bijvoorbeeld utm_source=mijnblog&utm_medium=embed
embed-page-max-height = ‘Verder lezen’ na deze hoogte, in pixels
embed-page-max-height-hint = Leeg: het hele artikel.
embed-page-preview = Voorbeeld
embed-page-code = Code
embed-page-copy = Code kopiëren
embed-page-copied = De code is gekopieerd.
embed-page-copy-keys = De code is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om hem te kopiëren.
embed-page-cost = Eerste weergave: { $ratio } de tijd van hetzelfde artikel als gewone HTML, op een trage telefoon.
embed-page-cost-unmeasured = Eerste weergave: nog niet gemeten.
embed-page-csp = Wat je Content-Security-Policy nodig heeft
embed-page-url-note = De site bouwt de kaart op uit de oEmbed-link van de artikelpagina: de opties gelden daar niet.
