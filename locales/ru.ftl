# UI strings of the article-embed widget: Russian (ru).

## Article chrome
follow-us = Подписывайтесь на нас
byline = Автор: { $author }
published = Опубликовано { $date }
share-top = Поделиться:
share-bottom = Поделиться статьёй:
advertisement = Реклама
trending = Популярное
disclaimer-heading = Об этой статье
loading = Загрузка статьи…

## Share buttons (network names are brands and stay untranslated)
share-native = Поделиться…
share-on = Поделиться в { $network }
share-email = Отправить по эл. почте
share-copy = Копировать ссылку
share-copied = Ссылка скопирована
share-copy-failed = Не удалось скопировать. Ссылка: { $url }
share-new-tab = (откроется в новой вкладке)

## Language switcher and honest translations
language-button = Язык: { $language }
language-list = Читать статью на языке
language-filter = Поиск языка
language-no-match = Нет подходящих языков
language-current = текущий язык
machine-translated = машинный перевод
mt-notice = Машинный перевод. Язык оригинала: { $language }.
mt-show-original = Читать оригинал
mt-suspect = Этот фрагмент может быть переведён неточно.
mt-original-show = Показать оригинал фрагмента
mt-original-label = Оригинал ({ $language })

## Consent
consent-title = Ваши настройки конфиденциальности
consent-intro = В этой статье может отображаться контент, для которого нужно ваше согласие. Выберите, что вы разрешаете; изменить выбор можно в любой момент в разделе «Настройки конфиденциальности».
consent-accept-all = Принять все
consent-reject-all = Отклонить все
consent-choose = Выбрать
consent-save = Сохранить выбор
consent-always-on = Всегда включено
consent-necessary = Строго необходимые
consent-necessary-desc = Запоминает ваш язык и этот выбор настроек конфиденциальности. Никакие данные не передаются.
consent-advertising = Реклама
consent-advertising-desc = Показывает в статье рекламу от рекламного партнёра { $publisher }. Рекламный партнёр может устанавливать файлы cookie.
consent-media = Встроенный контент
consent-media-desc = Воспроизводит в статье видео с { $providers }, когда вы нажимаете на одно из них. Эти сайты могут устанавливать файлы cookie.
consent-gpc = Ваш браузер просит сайты не продавать и не передавать ваши данные (Global Privacy Control), поэтому реклама остаётся выключенной, пока вы не включите её здесь.
consent-saved = Ваши настройки конфиденциальности сохранены.
consent-settings = Настройки конфиденциальности
ad-hidden = Реклама скрыта — настройки конфиденциальности

## Errors
error-title = Не удалось показать эту статью.
error-not-found = Статья не найдена.
error-network = Не удалось загрузить статью. Проверьте подключение.
error-timeout = Статья загружалась слишком долго.
error-invalid = Данные статьи недействительны.
error-missing-src = В этом встраиваемом блоке не указано, какую статью показать.
error-read-on-site = Читать статью на сайте издателя

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Читать дальше
more-hide = Свернуть
more-expanded = Статья развёрнута.
mastodon-server = Ваш сервер Mastodon
mastodon-hint = Только его имя, например mastodon.social
mastodon-invalid = Это не имя сервера. Введите только имя, например mastodon.social, без https://, @ и /.
mastodon-cancel = Отмена
mastodon-change = Сменить сервер Mastodon: { $server }
newsletter-heading = Рассылка
newsletter-signup = Подпишитесь на рассылку { $publisher }

## Tables, galleries, players, posts and footnotes
table = Таблица
gallery = Фотогалерея
embed-play = Воспроизвести видео с { $provider }
embed-video = Видео с { $provider }
embed-open = Смотреть на { $provider }
embed-ask = Воспроизвести это видео с { $provider }?
embed-ask-detail = Проигрыватель загружается с { $host }, который может устанавливать файлы cookie. Разрешение действует для всех встроенных видео; изменить его можно в разделе «Настройки конфиденциальности».
embed-allow = Разрешить и воспроизвести
embed-later = Не сейчас
embed-managed = Встроенные видео отключены в настройках конфиденциальности этого сайта.
post-view = Открыть публикацию в { $network }
post-media = Вложение: { $description }
footnotes = Примечания
footnote-ref = Примечание { $number }
footnote-back = Вернуться к тексту

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Встроить эту статью
embed-page-intro = Выберите параметры, проверьте предпросмотр и скопируйте код на свою страницу.
embed-page-no-script = Без JavaScript ниже показаны коды по умолчанию, а параметры и предпросмотр не работают.
embed-page-language = Язык
embed-page-form = Форма
embed-page-form-snippet = Заранее отрисованный фрагмент
embed-page-form-iframe = Iframe
embed-page-form-element = Тег script с заранее отрисованной статьёй
embed-page-form-one-tag = Один тег script
embed-page-form-url = Ссылка на статью для сайтов с oEmbed, например WordPress
embed-page-theme = Тема
embed-page-theme-auto = Автоматически
embed-page-theme-light = Светлая
embed-page-theme-dark = Тёмная
embed-page-share = Кнопки «Поделиться» по порядку (пусто: все)
embed-page-share-hint = Названия через запятую, из: { $names }
embed-page-share-params = Параметры для ссылок при публикации
embed-page-share-params-hint = Например utm_source=myblog&utm_medium=embed
embed-page-max-height = «Читать дальше» после этой высоты, в пикселях
embed-page-max-height-hint = Пусто: вся статья.
embed-page-preview = Предпросмотр
embed-page-code = Код
embed-page-copy = Скопировать код
embed-page-copied = Код скопирован.
embed-page-copy-keys = Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.
embed-page-cost = Первый показ: { $ratio } от времени той же статьи в виде простого HTML на медленном телефоне.
embed-page-cost-unmeasured = Первый показ: ещё не измерен.
embed-page-csp = Что нужно вашей Content-Security-Policy
embed-page-url-note = Сайт строит карточку по ссылке oEmbed на странице статьи: параметры к ней не применяются.
