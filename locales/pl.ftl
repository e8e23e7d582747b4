# UI strings of the article-embed widget: Polish (pl).

## Article chrome
follow-us = Obserwuj nas
byline = Autor: { $author }
published = Opublikowano { $date }
share-top = Udostępnij:
share-bottom = Udostępnij ten artykuł:
advertisement = Reklama
trending = Popularne
disclaimer-heading = O tym artykule
loading = Wczytywanie artykułu…

## Share buttons (network names are brands and stay untranslated)
share-native = Udostępnij…
share-on = Udostępnij w serwisie { $network }
share-email = Udostępnij e-mailem
share-copy = Kopiuj link
share-copied = Skopiowano link
share-copy-failed = Nie udało się skopiować. Link: { $url }
share-new-tab = (otwiera się w nowej karcie)

## Language switcher and honest translations
language-button = Język: { $language }
language-list = Ten artykuł w innych językach
language-filter = Filtruj języki
language-no-match = Brak pasujących języków
language-current = bieżący język
machine-translated = przetłumaczone maszynowo
mt-notice = Tłumaczenie maszynowe. Język oryginału: { $language }.
mt-show-original = Przeczytaj oryginał
mt-suspect = Ten fragment może być błędnie przetłumaczony.
mt-original-show = Pokaż oryginalny fragment
mt-original-label = Oryginał ({ $language })

## Consent
consent-title = Twoje wybory dotyczące prywatności
consent-intro = Ten artykuł może wyświetlać treści, które wymagają Twojej zgody. Wybierz, na co się zgadzasz; w każdej chwili możesz to zmienić w sekcji „Ustawienia prywatności”.
consent-accept-all = Zaakceptuj wszystkie
consent-reject-all = Odrzuć wszystkie
consent-choose = Wybierz
consent-save = Zapisz moje wybory
consent-always-on = Zawsze włączone
consent-necessary = Niezbędne
consent-necessary-desc = Zapamiętuje Twój język i ten wybór dotyczący prywatności. Nic nie jest udostępniane.
consent-advertising = Reklama
consent-advertising-desc = Wyświetla w artykule reklamę partnera reklamowego serwisu { $publisher }. Partner reklamowy może zapisywać pliki cookie.
consent-media = Treści osadzone
consent-media-desc = Odtwarza w artykule filmy z { $providers }, gdy klikniesz któryś z nich. Te witryny mogą zapisywać pliki cookie.
consent-gpc = Twoja przeglądarka prosi serwisy, by nie sprzedawały ani nie udostępniały Twoich danych (Global Privacy Control), dlatego reklamy pozostają wyłączone, dopóki ich tu nie włączysz.
consent-saved = Zapisano Twoje wybory dotyczące prywatności.
consent-settings = Ustawienia prywatności
ad-hidden = Reklama ukryta — ustawienia prywatności

## Errors
error-title = Nie można wyświetlić tego artykułu.
error-not-found = Nie znaleziono artykułu.
error-network = Nie udało się wczytać artykułu. Sprawdź połączenie.
error-timeout = Wczytywanie artykułu trwało zbyt długo.
error-invalid = Dane artykułu są nieprawidłowe.
error-missing-src = Ten osadzony element nie określa, który artykuł wyświetlić.
error-read-on-site = Przeczytaj artykuł na stronie wydawcy

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Czytaj dalej
more-hide = Pokaż mniej
more-expanded = Artykuł rozwinięty.
mastodon-server = Twój serwer Mastodon
mastodon-hint = Tylko jego nazwa, na przykład mastodon.social
mastodon-invalid = To nie jest nazwa serwera. Wpisz tylko nazwę, na przykład mastodon.social, bez https://, @ ani /.
mastodon-cancel = Anuluj
mastodon-change = Zmień serwer Mastodon: { $server }
newsletter-heading = Newsletter
newsletter-signup = Zapisz się na newsletter { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabela
gallery = Galeria zdjęć
embed-play = Odtwórz film z { $provider }
embed-video = Film z { $provider }
embed-open = Obejrzyj w { $provider }
embed-ask = Odtworzyć ten film z { $provider }?
embed-ask-detail = Odtwarzacz jest wczytywany z { $host }, który może zapisywać pliki cookie. Zgoda dotyczy wszystkich osadzonych filmów; możesz ją zmienić w sekcji „Ustawienia prywatności”.
embed-allow = Zezwól i odtwórz
embed-later = Nie teraz
embed-managed = Osadzone filmy są wyłączone w ustawieniach prywatności tej witryny.
post-view = Zobacz wpis w { $network }
post-media = Załącznik: { $description }
footnotes = Przypisy
footnote-ref = Przypis { $number }
footnote-back = Powrót do tekstu

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Osadź ten artykuł
embed-page-intro = Wybierz opcje, sprawdź podgląd, a potem skopiuj kod na swoją stronę.
embed-page-no-script = Bez JavaScriptu poniższe kody są domyślne, a opcje i podgląd nie działają.
embed-page-language = Język
embed-page-form = Forma
embed-page-form-snippet = Wstępnie wyrenderowany fragment
embed-page-form-iframe = Iframe
embed-page-form-element = Znacznik script z wstępnie wyrenderowanym artykułem
embed-page-form-one-tag = Jeden znacznik script
embed-page-form-url = Link do artykułu dla stron oEmbed, takich jak WordPress
embed-page-theme = Motyw
embed-page-theme-auto = Automatyczny
embed-page-theme-light = Jasny
embed-page-theme-dark = Ciemny
embed-page-share = Przyciski udostępniania, w kolejności (puste: wszystkie)
embed-page-share-hint = Nazwy oddzielone przecinkami, spośród: { $names }
embed-page-share-params = Parametry udostępnianych linków
embed-page-share-params-hint = Na przykład utm_source=mojblog&utm_medium=embed
embed-page-max-height = „Czytaj dalej” po tej wysokości, w pikselach
embed-page-max-height-hint = Puste: cały artykuł.
embed-page-preview = Podgląd
embed-page-code = Kod
embed-page-copy = Skopiuj kod
embed-page-copied = Kod został skopiowany.
embed-page-copy-keys = Kod jest zaznaczony: naciśnij Ctrl+C (⌘C na Macu), aby go skopiować.
embed-page-cost = Pierwsze wyświetlenie: { $ratio } czasu tego samego artykułu jako zwykły HTML, na wolnym telefonie.
embed-page-cost-unmeasured = Pierwsze wyświetlenie: jeszcze niezmierzone.
embed-page-csp = Czego potrzebuje Twoja Content-Security-Policy
embed-page-url-note = Strona tworzy kartę z linku oEmbed strony artykułu: opcje jej nie dotyczą.
