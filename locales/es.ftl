# UI strings of the article-embed widget: Spanish (es).

## Article chrome
follow-us = Síguenos
byline = Por { $author }
published = Publicado el { $date }
share-top = Compartir:
share-bottom = Compartir este artículo:
advertisement = Publicidad
trending = Tendencias
disclaimer-heading = Sobre este artículo
loading = Cargando el artículo…

## Share buttons (network names are brands and stay untranslated)
share-native = Compartir…
share-on = Compartir en { $network }
share-email = Compartir por correo electrónico
share-copy = Copiar enlace
share-copied = Enlace copiado
share-copy-failed = No se ha podido copiar. El enlace es: { $url }
share-new-tab = (se abre en una pestaña nueva)

## Language switcher and honest translations
language-button = Idioma: { $language }
language-list = Leer este artículo en
language-filter = Filtrar idiomas
language-no-match = Ningún idioma coincide
language-current = idioma actual
machine-translated = traducción automática
mt-notice = Traducción automática. Idioma original: { $language }.
mt-show-original = Leer el original
mt-suspect = Es posible que este fragmento esté mal traducido.
mt-original-show = Mostrar el fragmento original
mt-original-label = Original ({ $language })

## Consent
consent-title = Tus opciones de privacidad
consent-intro = Este artículo puede mostrar contenido que requiere tu consentimiento. Elige qué permites; puedes cambiarlo en cualquier momento en «Configuración de privacidad».
consent-accept-all = Aceptar todo
consent-reject-all = Rechazar todo
consent-choose = Elegir
consent-save = Guardar mis opciones
consent-always-on = Siempre activo
consent-necessary = Estrictamente necesarias
consent-necessary-desc = Recuerda tu idioma y esta elección de privacidad. No se comparte nada.
consent-advertising = Publicidad
consent-advertising-desc = Muestra en el artículo un anuncio del socio publicitario de { $publisher }. El socio publicitario puede instalar cookies.
consent-media = Contenido incrustado
consent-media-desc = Reproduce en el artículo vídeos de { $providers } cuando haces clic en uno. Estos sitios pueden instalar cookies.
consent-gpc = Tu navegador pide a los sitios que no vendan ni compartan tus datos (Global Privacy Control), así que la publicidad permanece desactivada salvo que la actives aquí.
consent-saved = Se han guardado tus opciones de privacidad.
consent-settings = Configuración de privacidad
ad-hidden = Publicidad oculta — configuración de privacidad

## Errors
error-title = No se ha podido mostrar este artículo.
error-not-found = No se ha encontrado el artículo.
error-network = No se ha podido cargar el artículo. Comprueba tu conexión.
error-timeout = El artículo ha tardado demasiado en cargarse.
error-invalid = Los datos del artículo no son válidos.
error-missing-src = Esta inserción no indica qué artículo mostrar.
error-read-on-site = Leer el artículo en el sitio del editor

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Seguir leyendo
more-hide = Mostrar menos
more-expanded = Artículo desplegado.
mastodon-server = Tu servidor de Mastodon
mastodon-hint = Solo su nombre, por ejemplo mastodon.social
mastodon-invalid = Eso no es un nombre de servidor. Escribe solo el nombre, por ejemplo mastodon.social, sin https://, @ ni /.
mastodon-cancel = Cancelar
mastodon-change = Cambiar el servidor de Mastodon: { $server }
newsletter-heading = Boletín
newsletter-signup = Suscríbete al boletín de { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabla
gallery = Galería de fotos
embed-play = Reproducir vídeo de { $provider }
embed-video = Vídeo de { $provider }
embed-open = Ver en { $provider }
embed-ask = ¿Reproducir este vídeo de { $provider }?
embed-ask-detail = El reproductor se carga desde { $host }, que puede instalar cookies. El permiso vale para todos los vídeos incrustados; puedes cambiarlo en «Configuración de privacidad».
embed-allow = Permitir y reproducir
embed-later = Ahora no
embed-managed = Los vídeos incrustados están desactivados en la configuración de privacidad de este sitio.
post-view = Ver la publicación en { $network }
post-media = Adjunto: { $description }
footnotes = Notas
footnote-ref = Nota { $number }
footnote-back = Volver al texto

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Insertar este artículo
embed-page-intro = Elige las opciones, revisa la vista previa y copia el código en tu página.
embed-page-no-script = Sin JavaScript, los códigos de abajo son los predeterminados, y las opciones y la vista previa no funcionan.
embed-page-language = Idioma
embed-page-form = Forma
embed-page-form-snippet = Fragmento prerrenderizado
embed-page-form-iframe = Iframe
embed-page-form-element = Etiqueta script con el artículo prerrenderizado
embed-page-form-one-tag = Una sola etiqueta script
embed-page-form-url = Enlace del artículo para sitios oEmbed como WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automático
embed-page-theme-light = Claro
embed-page-theme-dark = Oscuro
embed-page-share = Botones para compartir, en orden (vacío: todos)
embed-page-share-hint = Nombres separados por comas, entre: { $names }
embed-page-share-params = Parámetros para los enlaces compartidos
embed-page-share-params-hint = Por ejemplo utm_source=miblog&utm_medium=embed
embed-page-max-height = «Seguir leyendo» a partir de esta altura, en píxeles
embed-page-max-height-hint = Vacío: el artículo completo.
embed-page-preview = Vista previa
embed-page-code = Código
embed-page-copy = Copiar el código
embed-page-copied = Se ha copiado el código.
embed-page-copy-keys = El código está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.
embed-page-cost = Primera visualización: { $ratio } el tiempo del mismo artículo en HTML simple, en un teléfono lento.
embed-page-cost-unmeasured = Primera visualización: aún no medida.
embed-page-csp = Lo que necesita tu Content-Security-Policy
embed-page-url-note = El sitio crea la tarjeta a partir del enlace oEmbed de la página del artículo: las opciones no se aplican.
