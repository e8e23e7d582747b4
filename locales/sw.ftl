# UI strings of the article-embed widget: Swahili (sw).

## Article chrome
follow-us = Tufuate
byline = Na { $author }
published = Imechapishwa { $date }
share-top = Shiriki:
share-bottom = Shiriki makala hii:
advertisement = Tangazo
trending = Zinazovuma
disclaimer-heading = Kuhusu makala hii
loading = Inapakia makala…

## Share buttons (network names are brands and stay untranslated)
share-native = Shiriki…
share-on = Shiriki kwenye { $network }
share-email = Shiriki kwa barua pepe
share-copy = Nakili kiungo
share-copied = Kiungo kimenakiliwa
share-copy-failed = Imeshindwa kunakili. Kiungo ni: { $url }
share-new-tab = (hufunguka kwenye kichupo kipya)

## Language switcher and honest translations
language-button = Lugha: { $language }
language-list = Soma makala hii kwa lugha
language-filter = Chuja lugha
language-no-match = Hakuna lugha inayolingana
language-current = lugha ya sasa
machine-translated = imetafsiriwa na mashine
mt-notice = Imetafsiriwa na mashine kutoka { $language }.
mt-show-original = Soma toleo asili
mt-suspect = Huenda kifungu hiki kimetafsiriwa vibaya.
mt-original-show = Onyesha kifungu asili
mt-original-label = Maandishi asili ({ $language })

## Consent
consent-title = Chaguo zako za faragha
consent-intro = Makala hii inaweza kuonyesha maudhui yanayohitaji idhini yako. Chagua unachoruhusu; unaweza kubadilisha wakati wowote kwenye “Mipangilio ya faragha”.
consent-accept-all = Kubali yote
consent-reject-all = Kataa yote
consent-choose = Chagua
consent-save = Hifadhi chaguo zangu
consent-always-on = Imewashwa kila wakati
consent-necessary = Muhimu kabisa
consent-necessary-desc = Hukumbuka lugha yako na chaguo hili la faragha. Hakuna kinachoshirikiwa.
consent-advertising = Matangazo
consent-advertising-desc = Huonyesha tangazo kutoka kwa mshirika wa matangazo wa { $publisher } ndani ya makala. Mshirika wa matangazo anaweza kuweka vidakuzi.
consent-media = Maudhui yaliyopachikwa
consent-media-desc = Hucheza video kutoka { $providers } ndani ya makala unapobofya mojawapo. Tovuti hizi zinaweza kuweka vidakuzi.
consent-gpc = Kivinjari chako kinaomba tovuti zisiuze wala kushiriki data yako (Global Privacy Control), kwa hivyo matangazo yanabaki yamezimwa isipokuwa uyawashe hapa.
consent-saved = Chaguo zako za faragha zimehifadhiwa.
consent-settings = Mipangilio ya faragha
ad-hidden = Tangazo limefichwa — mipangilio ya faragha

## Errors
error-title = Makala hii haikuweza kuonyeshwa.
error-not-found = Makala haikupatikana.
error-network = Makala haikuweza kupakiwa. Angalia muunganisho wako.
error-timeout = Makala ilichukua muda mrefu mno kupakia.
error-invalid = Data ya makala si sahihi.
error-missing-src = Kipachiko hiki hakielezi makala ipi ionyeshwe.
error-read-on-site = Soma makala kwenye tovuti ya mchapishaji

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Endelea kusoma
more-hide = Onyesha kidogo
more-expanded = Makala imefunguliwa yote.
mastodon-server = Seva yako ya Mastodon
mastodon-hint = Jina lake tu, kwa mfano mastodon.social
mastodon-invalid = Hilo si jina la seva. Andika jina tu, kwa mfano mastodon.social, bila https://, @ wala /.
mastodon-cancel = Ghairi
mastodon-change = Badilisha seva ya Mastodon: { $server }
newsletter-heading = Jarida
newsletter-signup = Jiandikishe kupokea jarida la { $publisher }

## Tables, galleries, players, posts and footnotes
table = Jedwali
gallery = Matunzio ya picha
embed-play = Cheza video kutoka { $provider }
embed-video = Video kutoka { $provider }
embed-open = Tazama kwenye { $provider }
embed-ask = Ucheze video hii kutoka { $provider }?
embed-ask-detail = Kicheza video kinapakiwa kutoka { $host }, ambacho kinaweza kuweka vidakuzi. Ruhusa inahusu video zote zilizopachikwa; unaweza kuibadilisha kwenye “Mipangilio ya faragha”.
embed-allow = Ruhusu na ucheze
embed-later = Si sasa
embed-managed = Video zilizopachikwa zimezimwa katika mipangilio ya faragha ya tovuti hii.
post-view = Tazama chapisho kwenye { $network }
post-media = Kiambatisho: { $description }
footnotes = Tanbihi
footnote-ref = Tanbihi { $number }
footnote-back = Rudi kwenye maandishi

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Pachika makala hii
embed-page-intro = Chagua chaguo, kagua onyesho la kukagua, kisha nakili msimbo kwenye ukurasa wako.
embed-page-no-script = Bila JavaScript, misimbo iliyo hapa chini ni ya chaguo-msingi, na chaguo na onyesho la kukagua havifanyi kazi.
embed-page-language = Lugha
embed-page-form = Muundo
embed-page-form-snippet = Kipande kilichoandaliwa mapema
embed-page-form-iframe = Iframe
embed-page-form-element = Tagi ya script yenye makala iliyoandaliwa mapema
embed-page-form-one-tag = Tagi moja ya script
embed-page-form-url = Kiungo cha makala kwa tovuti za oEmbed kama WordPress
embed-page-theme = Mandhari
embed-page-theme-auto = Otomatiki
embed-page-theme-light = Angavu
embed-page-theme-dark = Giza
embed-page-share = Vitufe vya kushiriki, kwa mpangilio (tupu: vyote)
embed-page-share-hint = Majina yakitenganishwa kwa koma, kutoka: { $names }
embed-page-share-params = Vigezo vya viungo vinavyoshirikiwa
embed-page-share-params-hint = Kwa mfano utm_source=bloguyangu&utm_medium=embed
embed-page-max-height = “Endelea kusoma” baada ya kimo hiki, kwa pikseli
embed-page-max-height-hint = Tupu: makala yote.
embed-page-preview = Onyesho la kukagua
embed-page-code = Msimbo
embed-page-copy = Nakili msimbo
embed-page-copied = Msimbo umenakiliwa.
embed-page-copy-keys = Msimbo umechaguliwa: bonyeza Ctrl+C (⌘C kwenye Mac) ili kuunakili.
embed-page-cost = Onyesho la kwanza: { $ratio } ya muda wa makala hiyo hiyo kama HTML ya kawaida, kwenye simu ya polepole.
embed-page-cost-unmeasured = Onyesho la kwanza: bado halijapimwa.
embed-page-csp = Kile ambacho Content-Security-Policy yako inahitaji
embed-page-url-note = Tovuti hujenga kadi kutoka kwa kiungo cha oEmbed cha ukurasa wa makala: chaguo hazitumiki kwake.
