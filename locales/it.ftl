# UI strings of the article-embed widget: Italian (it).

## Article chrome
follow-us = Seguici
byline = Di { $author }
published = Pubblicato il { $date }
share-top = Condividi:
share-bottom = Condividi questo articolo:
advertisement = Pubblicità
trending = Di tendenza
disclaimer-heading = Informazioni su questo articolo
loading = Caricamento dell’articolo…

## Share buttons (network names are brands and stay untranslated)
share-native = Condividi…
share-on = Condividi su { $network }
share-email = Condividi via email
share-copy = Copia link
share-copied = Link copiato
share-copy-failed = Impossibile copiare. Il link è: { $url }
share-new-tab = (si apre in una nuova scheda)

## Language switcher and honest translations
language-button = Lingua: { $language }
language-list = Leggi questo articolo in
language-filter = Filtra lingue
language-no-match = Nessuna lingua corrispondente
language-current = lingua attuale
machine-translated = traduzione automatica
mt-notice = Traduzione automatica. Lingua originale: { $language }.
mt-show-original = Leggi l’originale
mt-suspect = Questo passaggio potrebbe essere tradotto in modo errato.
mt-original-show = Mostra il passaggio originale
mt-original-label = Originale ({ $language })

## Consent
consent-title = Le tue scelte sulla privacy
consent-intro = Questo articolo può mostrare contenuti che richiedono il tuo consenso. Scegli cosa consentire; puoi modificare la scelta in qualsiasi momento in «Impostazioni privacy».
consent-accept-all = Accetta tutto
consent-reject-all = Rifiuta tutto
consent-choose = Scegli
consent-save = Salva le mie scelte
consent-always-on = Sempre attivo
consent-necessary = Strettamente necessari
consent-necessary-desc = Ricorda la tua lingua e questa scelta sulla privacy. Nulla viene condiviso.
consent-advertising = Pubblicità
consent-advertising-desc = Mostra nell’articolo un annuncio del partner pubblicitario di { $publisher }. Il partner pubblicitario può impostare cookie.
consent-media = Contenuti incorporati
consent-media-desc = Riproduce nell’articolo i video di { $providers } quando fai clic su uno di essi. Questi siti possono impostare cookie.
consent-gpc = Il tuo browser chiede ai siti di non vendere né condividere i tuoi dati (Global Privacy Control), quindi la pubblicità resta disattivata a meno che tu non la attivi qui.
consent-saved = Le tue scelte sulla privacy sono state salvate.
consent-settings = Impostazioni privacy
ad-hidden = Pubblicità nascosta — impostazioni privacy

## Errors
error-title = Impossibile mostrare questo articolo.
error-not-found = Articolo non trovato.
error-network = Impossibile caricare l’articolo. Controlla la connessione.
error-timeout = Il caricamento dell’articolo ha richiesto troppo tempo.
error-invalid = I dati dell’articolo non sono validi.
error-missing-src = Questo embed non indica quale articolo mostrare.
error-read-on-site = Leggi l’articolo sul sito dell’editore

## The embedder's kit: "Continue reading", Mastodon's server field, the newsletter's call to action
more-show = Continua a leggere
more-hide = Mostra meno
more-expanded = Articolo espanso.
mastodon-server = Il tuo server Mastodon
mastodon-hint = Solo il nome, ad esempio mastodon.social
mastodon-invalid = Questo non è il nome di un server. Scrivi solo il nome, ad esempio mastodon.social, senza https://, @ o /.
mastodon-cancel = Annulla
mastodon-change = Cambia server Mastodon: { $server }
newsletter-heading = Newsletter
newsletter-signup = Iscriviti alla newsletter di { $publisher }

## Tables, galleries, players, posts and footnotes
table = Tabella
gallery = Galleria fotografica
embed-play = Riproduci il video da { $provider }
embed-video = Video da { $provider }
embed-open = Guarda su { $provider }
embed-ask = Riprodurre questo video da { $provider }?
embed-ask-detail = Il lettore viene caricato da { $host }, che può impostare cookie. Il consenso vale per tutti i video incorporati; puoi modificarlo in «Impostazioni privacy».
embed-allow = Consenti e riproduci
embed-later = Non ora
embed-managed = I video incorporati sono disattivati nelle impostazioni privacy di questo sito.
post-view = Vedi il post su { $network }
post-media = Allegato: { $description }
footnotes = Note
footnote-ref = Nota { $number }
footnote-back = Torna al testo

## The "Embed this article" page (publish only: never in the widget's catalogues)
embed-page-title = Incorpora questo articolo
embed-page-intro = Scegli le opzioni, controlla l’anteprima, poi copia il codice nella tua pagina.
embed-page-no-script = Senza JavaScript i codici qui sotto sono quelli predefiniti, e le opzioni e l’anteprima non funzionano.
embed-page-language = Lingua
embed-page-form = Forma
embed-page-form-snippet = Snippet pre-renderizzato
embed-page-form-iframe = Iframe
embed-page-form-element = Tag script con l’articolo pre-renderizzato
embed-page-form-one-tag = Un solo tag script
embed-page-form-url = Link all’articolo per siti oEmbed come WordPress
embed-page-theme = Tema
embed-page-theme-auto = Automatico
embed-page-theme-light = Chiaro
embed-page-theme-dark = Scuro
embed-page-share = Pulsanti di condivisione, in ordine (vuoto: tutti)
embed-page-share-hint = Nomi separati da virgole, tra: { $names }
embed-page-share-params = Parametri per i link condivisi
embed-page-share-params-hint = Per esempio utm_source=mioblog&utm_medium=embed
embed-page-max-height = «Continua a leggere» oltre questa altezza, in pixel
embed-page-max-height-hint = Vuoto: l’articolo intero.
embed-page-preview = Anteprima
embed-page-code = Codice
embed-page-copy = Copia il codice
embed-page-copied = Il codice è stato copiato.
embed-page-copy-keys = Il codice è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.
embed-page-cost = Prima visualizzazione: { $ratio } il tempo dello stesso articolo in HTML semplice, su un telefono lento.
embed-page-cost-unmeasured = Prima visualizzazione: non ancora misurata.
embed-page-csp = Ciò che serve alla tua Content-Security-Policy
embed-page-url-note = Il sito crea la scheda dal link oEmbed della pagina dell’articolo: le opzioni non si applicano.
