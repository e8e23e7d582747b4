# UI strings of the article-embed widget: Turkish (tr).

## Article chrome
follow-us = Bizi takip edin
byline = Yazan: { $author }
published = Yayınlanma tarihi: { $date }
share-top = Paylaş:
share-bottom = Bu haberi paylaş:
advertisement = Reklam
trending = Gündemde
disclaimer-heading = Bu haber hakkında
loading = Haber yükleniyor…

## Share buttons (network names are brands and stay untranslated)
share-native = Paylaş…
share-on = { $network } ile paylaş
share-email = E-postayla paylaş
share-copy = Bağlantıyı kopyala
share-copied = Bağlantı kopyalandı
share-copy-failed = Kopyalanamadı. Bağlantı: { $url }
share-new-tab = (yeni sekmede açılır)

## Language switcher and honest translations
language-button = Dil: { $language }
language-list = Bu haberi şu dilde okuyun
language-filter = Dilleri filtrele
language-no-match = Eşleşen dil yok
language-current = geçerli dil
machine-translated = makine çevirisi
mt-notice = Makine çevirisi. Özgün dil: { $language }.
mt-show-original = Özgün metni oku
mt-suspect = Bu bölüm hatalı çevrilmiş olabilir.
mt-original-show = Özgün bölümü göster
mt-original-label = Özgün metin ({ $language })

## Consent
consent-title = Gizlilik tercihleriniz
consent-intro = Bu haber, onayınızı gerektiren içerikler gösterebilir. Neye izin verdiğinizi seçin; bunu istediğiniz zaman “Gizlilik ayarları” bölümünden değiştirebilirsiniz.
consent-accept-all = Tümünü kabul et
consent-reject-all = Tümünü reddet
consent-choose = Seç
consent-save = Tercihlerimi kaydet
consent-always-on = Her zaman açık
consent-necessary = Zorunlu
consent-necessary-desc = Dilinizi ve bu gizlilik tercihini hatırlar. Hiçbir şey paylaşılmaz.
consent-advertising = Reklam
consent-advertising-desc = Haberde, { $publisher } yayıncısının reklam ortağından bir reklam gösterir. Reklam ortağı çerez yerleştirebilir.
consent-media = Yerleştirilmiş içerik
consent-media-desc = Birine tıkladığınızda haberdeki { $providers } videolarını oynatır. Bu siteler çerez yerleştirebilir.
consent-gpc = Tarayıcınız sitelerden verilerinizi satmamalarını veya paylaşmamalarını istiyor (Global Privacy Control); bu nedenle siz burada açmadıkça reklamlar kapalı kalır.
consent-saved = Gizlilik tercihleriniz kaydedildi.
consent-settings = Gizlilik ayarları
ad-hidden = Reklam gizlendi — gizlilik ayarları

## Errors
error-title = Bu haber gösterilemedi.
error-not-found = Haber bulunamadı.
error-network = Haber yüklenemedi. Bağlantınızı kontrol edin.
error-timeout = Haberin yüklenmesi çok uzun sürdü.
error-invalid = Haber verileri geçersiz.
error-missing-src = Bu yerleştirmede hangi haberin gösterileceği belirtilmemiş.
error-read-on-site = Haberi yayıncının sitesinde okuyun

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Okumaya devam et
more-hide = Daha az göster
more-expanded = Makale genişletildi.
mastodon-server = Mastodon sunucunuz
mastodon-hint = Yalnızca adı, örneğin mastodon.social
mastodon-invalid = Bu bir sunucu adı değil. Yalnızca adı yazın, örneğin mastodon.social; https://, @ veya / olmadan.
mastodon-cancel = İptal
mastodon-change = Mastodon sunucusunu değiştir: { $server }
newsletter-heading = Bülten
newsletter-signup = { $publisher } bültenine abone olun

## Tables, galleries, players, posts and footnotes
table = Tablo
gallery = Fotoğraf galerisi
embed-play = { $provider } videosunu oynat
embed-video = { $provider } videosu
embed-open = { $provider } üzerinde izle
embed-ask = Bu { $provider } videosu oynatılsın mı?
embed-ask-detail = Oynatıcı { $host } adresinden yüklenir; bu site çerez yerleştirebilir. İzin tüm yerleştirilmiş videolar için geçerlidir; “Gizlilik ayarları” bölümünden değiştirebilirsiniz.
embed-allow = İzin ver ve oynat
embed-later = Şimdi değil
embed-managed = Yerleştirilmiş videolar bu sitenin gizlilik ayarlarında kapalı.
post-view = Gönderiyi { $network } üzerinde görüntüle
post-media = Ek: { $description }
footnotes = Dipnotlar
footnote-ref = Dipnot { $number }
footnote-back = Metne dön

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Bu makaleyi yerleştir
embed-page-intro = Seçenekleri belirleyin, önizlemeyi kontrol edin, ardından kodu sayfanıza kopyalayın.
embed-page-no-script = JavaScript olmadan aşağıdaki kodlar varsayılanlardır; seçenekler ve önizleme çalışmaz.
embed-page-language = Dil
embed-page-form = Biçim
embed-page-form-snippet = Önceden oluşturulmuş parça
embed-page-form-iframe = Iframe
embed-page-form-element = Önceden oluşturulmuş makaleyle script etiketi
embed-page-form-one-tag = Tek bir script etiketi
embed-page-form-url = WordPress gibi oEmbed siteleri için makale bağlantısı
embed-page-theme = Tema
embed-page-theme-auto = Otomatik
embed-page-theme-light = Açık
embed-page-theme-dark = Koyu
embed-page-share = Paylaşım düğmeleri, sırayla (boş: tümü)
embed-page-share-hint = Virgülle ayrılmış adlar, şunlardan: { $names }
embed-page-share-params = Paylaşılan bağlantıların parametreleri
embed-page-share-params-hint = Örneğin utm_source=blogum&utm_medium=embed
embed-page-max-height = Bu yükseklikten sonra “Okumaya devam et”, piksel olarak
embed-page-max-height-hint = Boş: makalenin tamamı.
embed-page-preview = Önizleme
embed-page-code = Kod
embed-page-copy = Kodu kopyala
embed-page-copied = Kod kopyalandı.
embed-page-copy-keys = Kod seçildi: kopyalamak için Ctrl+C'ye (Mac'te ⌘C) basın.
embed-page-cost = İlk gösterim: aynı makalenin düz HTML olarak süresinin { $ratio } katı, yavaş bir telefonda.
embed-page-cost-unmeasured = İlk gösterim: henüz ölçülmedi.
embed-page-csp = Content-Security-Policy politikanızın ihtiyacı olanlar
embed-page-url-note = Site, kartı makale sayfasındaki oEmbed bağlantısından oluşturur: seçenekler ona uygulanmaz.
