# UI strings of the article-embed widget: Danish (da).

## Article chrome
follow-us = Følg os
byline = Af { $author }
published = Udgivet { $date }
share-top = Del:
share-bottom = Del denne artikel:
advertisement = Reklame
trending = Populært nu
disclaimer-heading = Om denne artikel
loading = Indlæser artiklen…

## Share buttons (network names are brands and stay untranslated)
share-native = Del…
share-on = Del på { $network }
share-email = Del via e-mail
share-copy = Kopiér link
share-copied = Link kopieret
share-copy-failed = Kunne ikke kopiere. Linket er: { $url }
share-new-tab = (åbner i en ny fane)

## Language switcher and honest translations
language-button = Sprog: { $language }
language-list = Læs denne artikel på
language-filter = Filtrér sprog
language-no-match = Ingen sprog fundet
language-current = nuværende sprog
machine-translated = maskinoversat
mt-notice = Maskinoversat fra { $language }.
mt-show-original = Læs originalen
mt-suspect = Dette afsnit kan være fejloversat.
mt-original-show = Vis det originale afsnit
mt-original-label = Original ({ $language })

## Consent
consent-title = Dine valg om privatliv
consent-intro = Denne artikel kan vise indhold, der kræver dit samtykke. Vælg, hvad du tillader; du kan til enhver tid ændre det under »Privatlivsindstillinger«.
consent-accept-all = Acceptér alle
consent-reject-all = Afvis alle
consent-choose = Vælg selv
consent-save = Gem mine valg
consent-always-on = Altid slået til
consent-necessary = Strengt nødvendige
consent-necessary-desc = Husker dit sprog og dette valg om privatliv. Intet deles.
consent-advertising = Reklamer
consent-advertising-desc = Viser i artiklen en reklame fra den annoncepartner, som { $publisher } bruger. Annoncepartneren kan sætte cookies.
consent-media = Indlejret indhold
consent-media-desc = Afspiller videoer fra { $providers } i artiklen, når du klikker på en. Disse websites kan sætte cookies.
consent-gpc = Din browser beder websites om ikke at sælge eller dele dine data (Global Privacy Control), så reklamer forbliver slået fra, medmindre du slår dem til her.
consent-saved = Dine valg om privatliv er gemt.
consent-settings = Privatlivsindstillinger
ad-hidden = Reklame skjult — privatlivsindstillinger

## Errors
error-title = Artiklen kunne ikke vises.
error-not-found = Artiklen blev ikke fundet.
error-network = Artiklen kunne ikke indlæses. Tjek din forbindelse.
error-timeout = Det tog for lang tid at indlæse artiklen.
error-invalid = Artiklens data er ugyldige.
error-missing-src = Denne indlejring angiver ikke, hvilken artikel der skal vises.
error-read-on-site = Læs artiklen på udgiverens website

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Læs videre
more-hide = Vis mindre
more-expanded = Artiklen er foldet ud.
mastodon-server = Din Mastodon-server
mastodon-hint = Kun dens navn, for eksempel mastodon.social
mastodon-invalid = Det er ikke et servernavn. Skriv kun navnet, for eksempel mastodon.social, uden https://, @ eller /.
mastodon-cancel = Annuller
mastodon-change = Skift Mastodon-server: { $server }
newsletter-heading = Nyhedsbrev
newsletter-signup = Tilmeld dig nyhedsbrevet fra { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabel
gallery = Billedgalleri
embed-play = Afspil video fra { $provider }
embed-video = Video fra { $provider }
embed-open = Se på { $provider }
embed-ask = Afspil denne video fra { $provider }?
embed-ask-detail = Afspilleren hentes fra { $host }, som kan sætte cookies. Tilladelsen gælder alle indlejrede videoer; du kan ændre den under »Privatlivsindstillinger«.
embed-allow = Tillad og afspil
embed-later = Ikke nu
embed-managed = Indlejrede videoer er slået fra i dette websites privatlivsindstillinger.
post-view = Se opslaget på { $network }
post-media = Vedhæftet: { $description }
footnotes = Fodnoter
footnote-ref = Fodnote { $number }
footnote-back = Tilbage til teksten

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Indlejr denne artikel
embed-page-intro = Vælg indstillingerne, se forhåndsvisningen, og kopiér så koden ind på din side.
embed-page-no-script = Uden JavaScript er koderne nedenfor standardkoderne, og indstillingerne og forhåndsvisningen virker ikke.
embed-page-language = Sprog
embed-page-form = Form
embed-page-form-snippet = Forhåndsgengivet uddrag
embed-page-form-iframe = Iframe
embed-page-form-element = Script-tag med den forhåndsgengivne artikel
embed-page-form-one-tag = Ét script-tag
embed-page-form-url = Artikellink til oEmbed-sider som WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automatisk
embed-page-theme-light = Lyst
embed-page-theme-dark = Mørkt
embed-page-share = Delingsknapper i rækkefølge (tomt: alle)
embed-page-share-hint = Navne adskilt af kommaer, blandt: { $names }
embed-page-share-params = Parametre til delte links
embed-page-share-params-hint = For eksempel utm_source=minblog&utm_medium=embed
embed-page-max-height = „Læs videre“ efter denne højde i pixel
embed-page-max-height-hint = Tomt: hele artiklen.
embed-page-preview = Forhåndsvisning
embed-page-code = Kode
embed-page-copy = Kopiér koden
embed-page-copied = Koden blev kopieret.
embed-page-copy-keys = Koden er markeret: tryk Ctrl+C (⌘C på en Mac) for at kopiere den.
embed-page-cost = Første visning: { $ratio } tiden for den samme artikel som ren HTML på en langsom telefon.
embed-page-cost-unmeasured = Første visning: endnu ikke målt.
embed-page-csp = Det skal din Content-Security-Policy tillade
embed-page-url-note = Siden bygger kortet ud fra artikelsidens oEmbed-link: indstillingerne gælder ikke.
