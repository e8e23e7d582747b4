# UI strings of the article-embed widget: Latvian (lv).

## Article chrome
follow-us = Sekojiet mums
byline = Autors: { $author }
published = Publicēts: { $date }
share-top = Kopīgot:
share-bottom = Kopīgot šo rakstu:
advertisement = Reklāma
trending = Populāri
disclaimer-heading = Par šo rakstu
loading = Ielādē rakstu…

## Share buttons (network names are brands and stay untranslated)
share-native = Kopīgot…
share-on = Kopīgot platformā { $network }
share-email = Kopīgot e-pastā
share-copy = Kopēt saiti
share-copied = Saite nokopēta
share-copy-failed = Neizdevās nokopēt. Saite: { $url }
share-new-tab = (atveras jaunā cilnē)

## Language switcher and honest translations
language-button = Valoda: { $language }
language-list = Šis raksts citās valodās
language-filter = Filtrēt valodas
language-no-match = Nav atbilstošu valodu
language-current = pašreizējā valoda
machine-translated = mašīntulkojums
mt-notice = Mašīntulkojums. Oriģinālvaloda: { $language }.
mt-show-original = Lasīt oriģinālu
mt-suspect = Šis fragments, iespējams, ir iztulkots nepareizi.
mt-original-show = Rādīt oriģinālo fragmentu
mt-original-label = Oriģināls ({ $language })

## Consent
consent-title = Jūsu privātuma izvēles
consent-intro = Šajā rakstā var tikt rādīts saturs, kam nepieciešama jūsu piekrišana. Izvēlieties, ko atļaujat; to jebkurā laikā var mainīt sadaļā „Privātuma iestatījumi”.
consent-accept-all = Pieņemt visus
consent-reject-all = Noraidīt visus
consent-choose = Izvēlēties
consent-save = Saglabāt manas izvēles
consent-always-on = Vienmēr ieslēgts
consent-necessary = Absolūti nepieciešamie
consent-necessary-desc = Atceras jūsu valodu un šo privātuma izvēli. Nekas netiek kopīgots.
consent-advertising = Reklāma
consent-advertising-desc = Rāda rakstā reklāmu no izdevēja { $publisher } reklāmas partnera. Reklāmas partneris var iestatīt sīkfailus.
consent-media = Iegultais saturs
consent-media-desc = Atskaņo rakstā { $providers } video, kad uz kāda no tiem noklikšķināt. Šīs vietnes var iestatīt sīkdatnes.
consent-gpc = Jūsu pārlūks lūdz vietnēm nepārdot un nekopīgot jūsu datus (Global Privacy Control), tāpēc reklāma paliek izslēgta, ja vien jūs to šeit neieslēdzat.
consent-saved = Jūsu privātuma izvēles ir saglabātas.
consent-settings = Privātuma iestatījumi
ad-hidden = Reklāma paslēpta — privātuma iestatījumi

## Errors
error-title = Šo rakstu nevar parādīt.
error-not-found = Raksts netika atrasts.
error-network = Rakstu neizdevās ielādēt. Pārbaudiet savienojumu.
error-timeout = Raksta ielāde ilga pārāk ilgi.
error-invalid = Raksta dati nav derīgi.
error-missing-src = Šajā iegultajā elementā nav norādīts, kurš raksts jārāda.
error-read-on-site = Lasīt rakstu izdevēja vietnē

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Lasīt tālāk
more-hide = Rādīt mazāk
more-expanded = Raksts izvērsts.
mastodon-server = Jūsu Mastodon serveris
mastodon-hint = Tikai tā nosaukums, piemēram, mastodon.social
mastodon-invalid = Tas nav servera nosaukums. Ierakstiet tikai nosaukumu, piemēram, mastodon.social, bez https://, @ vai /.
mastodon-cancel = Atcelt
mastodon-change = Mainīt Mastodon serveri: { $server }
newsletter-heading = Jaunumu vēstule
newsletter-signup = Pierakstieties { $publisher } jaunumu vēstulei

## Tables, galleries, players, posts and footnotes
table = Tabula
gallery = Fotogalerija
embed-play = Atskaņot video no { $provider }
embed-video = Video no { $provider }
embed-open = Skatīties { $provider }
embed-ask = Vai atskaņot šo video no { $provider }?
embed-ask-detail = Atskaņotājs tiek ielādēts no { $host }, kas var iestatīt sīkdatnes. Atļauja attiecas uz visiem iegultajiem video; to var mainīt sadaļā „Privātuma iestatījumi”.
embed-allow = Atļaut un atskaņot
embed-later = Ne tagad
embed-managed = Iegultie video ir izslēgti šīs vietnes privātuma iestatījumos.
post-view = Skatīt ierakstu { $network }
post-media = Pielikums: { $description }
footnotes = Zemsvītras piezīmes
footnote-ref = Zemsvītras piezīme { $number }
footnote-back = Atpakaļ uz tekstu

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Iegult šo rakstu
embed-page-intro = Izvēlieties iestatījumus, pārbaudiet priekšskatījumu un tad iekopējiet kodu savā lapā.
embed-page-no-script = Bez JavaScript zemāk ir noklusējuma kodi, un iestatījumi un priekšskatījums nedarbojas.
embed-page-language = Valoda
embed-page-form = Forma
embed-page-form-snippet = Iepriekš atveidots fragments
embed-page-form-iframe = Iframe
embed-page-form-element = Script tags ar iepriekš atveidoto rakstu
embed-page-form-one-tag = Viens script tags
embed-page-form-url = Raksta saite oEmbed vietnēm, piemēram, WordPress
embed-page-theme = Motīvs
embed-page-theme-auto = Automātisks
embed-page-theme-light = Gaišs
embed-page-theme-dark = Tumšs
embed-page-share = Kopīgošanas pogas secībā (tukšs: visas)
embed-page-share-hint = Nosaukumi, atdalīti ar komatiem, no: { $names }
embed-page-share-params = Kopīgoto saišu parametri
embed-page-share-params-hint = Piemēram, utm_source=manablogs&utm_medium=embed
embed-page-max-height = “Lasīt tālāk” pēc šāda augstuma, pikseļos
embed-page-max-height-hint = Tukšs: viss raksts.
embed-page-preview = Priekšskatījums
embed-page-code = Kods
embed-page-copy = Kopēt kodu
embed-page-copied = Kods nokopēts.
embed-page-copy-keys = Kods ir atlasīts: nospiediet Ctrl+C (Mac datorā ⌘C), lai to nokopētu.
embed-page-cost = Pirmā attēlošana: { $ratio } no tā paša raksta laika kā vienkāršam HTML lēnā tālrunī.
embed-page-cost-unmeasured = Pirmā attēlošana: vēl nav izmērīta.
embed-page-csp = Kas vajadzīgs jūsu Content-Security-Policy
embed-page-url-note = Vietne veido karti no raksta lapas oEmbed saites: iestatījumi uz to neattiecas.
