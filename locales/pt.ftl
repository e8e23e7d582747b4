# UI strings of the article-embed widget: Portuguese (pt).

## Article chrome
follow-us = Siga-nos
byline = Por { $author }
published = Publicado a { $date }
share-top = Partilhar:
share-bottom = Partilhar este artigo:
advertisement = Publicidade
trending = Tendências
disclaimer-heading = Sobre este artigo
loading = A carregar o artigo…

## Share buttons (network names are brands and stay untranslated)
share-native = Partilhar…
share-on = Partilhar no { $network }
share-email = Partilhar por e-mail
share-copy = Copiar ligação
share-copied = Ligação copiada
share-copy-failed = Não foi possível copiar. A ligação é: { $url }
share-new-tab = (abre num novo separador)

## Language switcher and honest translations
language-button = Idioma: { $language }
language-list = Ler este artigo em
language-filter = Filtrar idiomas
language-no-match = Nenhum idioma corresponde
language-current = idioma atual
machine-translated = tradução automática
mt-notice = Tradução automática. Idioma original: { $language }.
mt-show-original = Ler o original
mt-suspect = Esta passagem pode estar mal traduzida.
mt-original-show = Mostrar a passagem original
mt-original-label = Original ({ $language })

## Consent
consent-title = As suas opções de privacidade
consent-intro = Este artigo pode mostrar conteúdos que precisam do seu consentimento. Escolha o que permite; pode alterar a sua escolha a qualquer momento em «Definições de privacidade».
consent-accept-all = Aceitar tudo
consent-reject-all = Rejeitar tudo
consent-choose = Escolher
consent-save = Guardar as minhas opções
consent-always-on = Sempre ativo
consent-necessary = Estritamente necessários
consent-necessary-desc = Memoriza o seu idioma e esta escolha de privacidade. Nada é partilhado.
consent-advertising = Publicidade
consent-advertising-desc = Mostra no artigo um anúncio do parceiro de publicidade de { $publisher }. O parceiro de publicidade pode definir cookies.
consent-media = Conteúdo incorporado
consent-media-desc = Reproduz no artigo vídeos de { $providers } quando clica num deles. Estes sites podem definir cookies.
consent-gpc = O seu navegador pede aos sites que não vendam nem partilhem os seus dados (Global Privacy Control), por isso a publicidade fica desativada, a menos que a ative aqui.
consent-saved = As suas opções de privacidade foram guardadas.
consent-settings = Definições de privacidade
ad-hidden = Publicidade oculta — definições de privacidade

## Errors
error-title = Não foi possível mostrar este artigo.
error-not-found = O artigo não foi encontrado.
error-network = Não foi possível carregar o artigo. Verifique a sua ligação.
error-timeout = O artigo demorou demasiado tempo a carregar.
error-invalid = Os dados do artigo não são válidos.
error-missing-src = Esta incorporação não indica que artigo mostrar.
error-read-on-site = Ler o artigo no site do editor

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Continuar a ler
more-hide = Mostrar menos
more-expanded = Artigo expandido.
mastodon-server = O seu servidor Mastodon
mastodon-hint = Só o nome, por exemplo mastodon.social
mastodon-invalid = Isso não é um nome de servidor. Escreva só o nome, por exemplo mastodon.social, sem https://, @ nem /.
mastodon-cancel = Cancelar
mastodon-change = Mudar de servidor Mastodon: { $server }
newsletter-heading = Newsletter
newsletter-signup = Subscrever a newsletter de { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabela
gallery = Galeria de fotografias
embed-play = Reproduzir vídeo de { $provider }
embed-video = Vídeo de { $provider }
embed-open = Ver no { $provider }
embed-ask = Reproduzir este vídeo de { $provider }?
embed-ask-detail = O leitor é carregado a partir de { $host }, que pode definir cookies. A autorização aplica-se a todos os vídeos incorporados; pode alterá-la em «Definições de privacidade».
embed-allow = Permitir e reproduzir
embed-later = Agora não
embed-managed = Os vídeos incorporados estão desativados nas definições de privacidade deste site.
post-view = Ver a publicação no { $network }
post-media = Anexo: { $description }
footnotes = Notas de rodapé
footnote-ref = Nota de rodapé { $number }
footnote-back = Voltar ao texto

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Incorporar este artigo
embed-page-intro = Escolha as opções, veja a pré-visualização e depois copie o código para a sua página.
embed-page-no-script = Sem JavaScript, os códigos abaixo são os predefinidos, e as opções e a pré-visualização não funcionam.
embed-page-language = Idioma
embed-page-form = Forma
embed-page-form-snippet = Excerto pré-renderizado
embed-page-form-iframe = Iframe
embed-page-form-element = Etiqueta script com o artigo pré-renderizado
embed-page-form-one-tag = Uma só etiqueta script
embed-page-form-url = Ligação do artigo para sites oEmbed como o WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automático
embed-page-theme-light = Claro
embed-page-theme-dark = Escuro
embed-page-share = Botões de partilha, por ordem (vazio: todos)
embed-page-share-hint = Nomes separados por vírgulas, de entre: { $names }
embed-page-share-params = Parâmetros das ligações partilhadas
embed-page-share-params-hint = Por exemplo utm_source=meublog&utm_medium=embed
embed-page-max-height = «Continuar a ler» a partir desta altura, em píxeis
embed-page-max-height-hint = Vazio: o artigo inteiro.
embed-page-preview = Pré-visualização
embed-page-code = Código
embed-page-copy = Copiar o código
embed-page-copied = O código foi copiado.
embed-page-copy-keys = O código está selecionado: prima Ctrl+C (⌘C num Mac) para o copiar.
embed-page-cost = Primeira apresentação: { $ratio } o tempo do mesmo artigo em HTML simples, num telemóvel lento.
embed-page-cost-unmeasured = Primeira apresentação: ainda não medida.
embed-page-csp = O que a sua Content-Security-Policy precisa
embed-page-url-note = O site cria o cartão a partir da ligação oEmbed da página do artigo: as opções não se aplicam.
