# UI strings of the article-embed widget: Maltese (mt).

## Article chrome
follow-us = Segwuna
byline = Minn { $author }
published = Ippubblikat: { $date }
share-top = Aqsam:
share-bottom = Aqsam dan l-artiklu:
advertisement = Reklam
trending = L-aktar popolari
disclaimer-heading = Dwar dan l-artiklu
loading = L-artiklu qed jitgħabba…

## Share buttons (network names are brands and stay untranslated)
share-native = Aqsam…
share-on = Aqsam fuq { $network }
share-email = Aqsam bl-email
share-copy = Ikkopja l-link
share-copied = Il-link ġie kkupjat
share-copy-failed = Ma setax jiġi kkupjat. Il-link hu: { $url }
share-new-tab = (jinfetaħ f’tab ġdida)

## Language switcher and honest translations
language-button = Lingwa: { $language }
language-list = Aqra dan l-artiklu bil-lingwa
language-filter = Iffiltra l-lingwi
language-no-match = L-ebda lingwa ma taqbel
language-current = lingwa attwali
machine-translated = traduzzjoni awtomatika
mt-notice = Traduzzjoni awtomatika. Lingwa oriġinali: { $language }.
mt-show-original = Aqra l-oriġinal
mt-suspect = Din is-silta tista’ tkun tradotta ħażin.
mt-original-show = Uri s-silta oriġinali
mt-original-label = Oriġinal ({ $language })

## Consent
consent-title = L-għażliet tal-privatezza tiegħek
consent-intro = Dan l-artiklu jista’ juri kontenut li jeħtieġ il-kunsens tiegħek. Agħżel x’tippermetti; tista’ tibdel dan f’kull ħin taħt “Issettjar tal-privatezza”.
consent-accept-all = Aċċetta kollox
consent-reject-all = Irrifjuta kollox
consent-choose = Agħżel
consent-save = Aħżen l-għażliet tiegħi
consent-always-on = Dejjem attiv
consent-necessary = Strettament meħtieġa
consent-necessary-desc = Jiftakar il-lingwa tiegħek u din l-għażla tal-privatezza. Xejn ma jinqasam.
consent-advertising = Reklamar
consent-advertising-desc = Juri reklam mis-sieħeb tar-reklamar ta’ { $publisher } fl-artiklu. Is-sieħeb tar-reklamar jista’ juża cookies.
consent-media = Kontenut inkorporat
consent-media-desc = Idoqq fl-artiklu filmati minn { $providers } meta tikklikkja fuq wieħed minnhom. Dawn is-siti jistgħu jissettjaw cookies.
consent-gpc = Il-browser tiegħek jitlob lis-siti biex ma jbigħux jew jaqsmu d-dejta tiegħek (Global Privacy Control), għalhekk ir-reklamar jibqa’ mitfi sakemm ma tixgħelux hawn.
consent-saved = L-għażliet tal-privatezza tiegħek inħażnu.
consent-settings = Issettjar tal-privatezza
ad-hidden = Reklam moħbi — issettjar tal-privatezza

## Errors
error-title = Dan l-artiklu ma setax jintwera.
error-not-found = L-artiklu ma nstabx.
error-network = L-artiklu ma setax jitgħabba. Iċċekkja l-konnessjoni tiegħek.
error-timeout = L-artiklu dam wisq biex jitgħabba.
error-invalid = Id-dejta tal-artiklu mhix valida.
error-missing-src = Dan l-embed ma jgħidx liema artiklu għandu juri.
error-read-on-site = Aqra l-artiklu fuq is-sit tal-pubblikatur

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Kompli aqra
more-hide = Uri inqas
more-expanded = L-artiklu ġie estiż.
mastodon-server = Is-server tiegħek fuq Mastodon
mastodon-hint = Ismu biss, pereżempju mastodon.social
mastodon-invalid = Dan mhuwiex isem ta’ server. Ikteb l-isem biss, pereżempju mastodon.social, mingħajr https://, @ jew /.
mastodon-cancel = Ikkanċella
mastodon-change = Ibdel is-server ta’ Mastodon: { $server }
newsletter-heading = Newsletter
newsletter-signup = Irreġistra għan-newsletter ta’ { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabella
gallery = Gallerija tar-ritratti
embed-play = Ħaddem il-filmat minn { $provider }
embed-video = Filmat minn { $provider }
embed-open = Ara fuq { $provider }
embed-ask = Tħaddem dan il-filmat minn { $provider }?
embed-ask-detail = Il-plejer jitniżżel minn { $host }, li jista’ jissettja cookies. Il-permess jgħodd għall-filmati inkorporati kollha; tista’ tibdlu taħt “Issettjar tal-privatezza”.
embed-allow = Ippermetti u ħaddem
embed-later = Mhux issa
embed-managed = Il-filmati inkorporati huma mitfija fl-issettjar tal-privatezza ta’ dan is-sit.
post-view = Ara l-post fuq { $network }
post-media = Mehmuż: { $description }
footnotes = Noti
footnote-ref = Nota { $number }
footnote-back = Lura għat-test

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Daħħal dan l-artiklu
embed-page-intro = Agħżel l-għażliet, iċċekkja l-preview, imbagħad ikkopja l-kodiċi fil-paġna tiegħek.
embed-page-no-script = Mingħajr JavaScript, il-kodiċijiet hawn taħt huma dawk awtomatiċi, u l-għażliet u l-preview ma jaħdmux.
embed-page-language = Lingwa
embed-page-form = Forma
embed-page-form-snippet = Silta rrenderjata minn qabel
embed-page-form-iframe = Iframe
embed-page-form-element = Tikketta script bl-artiklu rrenderjat minn qabel
embed-page-form-one-tag = Tikketta script waħda
embed-page-form-url = Link tal-artiklu għal siti oEmbed bħal WordPress
embed-page-theme = Tema
embed-page-theme-auto = Awtomatika
embed-page-theme-light = Ċara
embed-page-theme-dark = Skura
embed-page-share = Buttuni tal-qsim, f’ordni (vojt: kollha)
embed-page-share-hint = Ismijiet separati b’virgoli, minn: { $names }
embed-page-share-params = Parametri għal-links maqsuma
embed-page-share-params-hint = Pereżempju utm_source=ilblogtiegħi&utm_medium=embed
embed-page-max-height = “Kompli aqra” wara dan l-għoli, f’pixels
embed-page-max-height-hint = Vojt: l-artiklu kollu.
embed-page-preview = Preview
embed-page-code = Kodiċi
embed-page-copy = Ikkopja l-kodiċi
embed-page-copied = Il-kodiċi ġie kkupjat.
embed-page-copy-keys = Il-kodiċi huwa magħżul: agħfas Ctrl+C (⌘C fuq Mac) biex tikkupjah.
embed-page-cost = L-ewwel wiri: { $ratio } tal-ħin tal-istess artiklu bħala HTML sempliċi, fuq mowbajl bil-mod.
embed-page-cost-unmeasured = L-ewwel wiri: għadu ma tkejjilx.
embed-page-csp = X’teħtieġ il-Content-Security-Policy tiegħek
embed-page-url-note = Is-sit jibni l-karta mil-link oEmbed tal-paġna tal-artiklu: l-għażliet ma japplikawx għaliha.
