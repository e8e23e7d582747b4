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
