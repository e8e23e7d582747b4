<?php
// The test site's posts of WordPress's other core blocks (required by seed.php, after the site
// is installed): their media, their oEmbed cache, and the posts.
//
// - whole-article (en), whole-article-da (a machine translation, block for block, with an XNUMX
//   in a table cell) and whole-article-sw (restructured: shorter, another order of headings and
//   paragraphs): every kind of block the format carries, as the block editor of this WordPress
//   saves it (posts/whole-article.*.html);
// - classic-editor-post: the classic editor's markup and shortcodes ([caption], [gallery],
//   [embed], [video], [audio], a bare URL, autop'd text; posts/classic.html);
// - WordPress's edge cases: an untitled post, a post with only an image, with only an embed,
//   with empty blocks, with <!--more--> and <!--nextpage-->.
//
// The machine has no internet, so each embed's oEmbed answer is written into the post's meta as
// WordPress caches it (oembed-cache.json): the key is WP_Embed::shortcode()'s,
// md5($url . serialize(wp_parse_args($attr, wp_embed_defaults($url)))) with no attributes,
// which is what the embed block's bare URL (autoembed) and the [embed] shortcode both look up.

// Images: generated SVGs (a colour field with a label), with their size in the metadata, so
// WordPress adds width and height to every <img class="wp-image-N"> it renders.
function svg_attachment(string $name, int $w, int $h, string $fill, string $label, string $alt): array {
    $existing = get_posts(['post_type' => 'attachment', 'name' => $name, 'post_status' => 'inherit', 'numberposts' => 1]);
    if ($existing) return ['id' => $existing[0]->ID, 'url' => wp_get_attachment_url($existing[0]->ID)];
    $uploads = wp_upload_dir('2022/06');
    wp_mkdir_p($uploads['path']);
    $file = $uploads['path'] . "/$name.svg";
    file_put_contents($file, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 $w $h\" width=\"$w\" height=\"$h\">"
        . "<rect width=\"$w\" height=\"$h\" fill=\"$fill\"/><text x=\"50%\" y=\"50%\" font-family=\"sans-serif\" font-size=\"" . intdiv($h, 10)
        . "\" text-anchor=\"middle\" fill=\"#fff\">" . esc_html($label) . "</text></svg>\n");
    $id = wp_insert_attachment(['post_title' => $name, 'post_name' => $name, 'post_mime_type' => 'image/svg+xml',
        'post_status' => 'inherit', 'guid' => $uploads['url'] . "/$name.svg"], $file);
    wp_update_attachment_metadata($id, ['width' => $w, 'height' => $h, 'file' => "2022/06/$name.svg"]);
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return ['id' => $id, 'url' => wp_get_attachment_url($id)];
}

// Video, audio and a text track: files of the site's own uploads. The importer and the widget
// never read their bytes (the player loads nothing before the reader plays it), so the media
// files are stand-ins; the WebVTT track is a real one.
function media_attachment(string $file_name, string $mime, string $bytes): array {
    $slug = sanitize_title($file_name);
    $existing = get_posts(['post_type' => 'attachment', 'name' => $slug, 'post_status' => 'inherit', 'numberposts' => 1]);
    if ($existing) return ['id' => $existing[0]->ID, 'url' => wp_get_attachment_url($existing[0]->ID)];
    $uploads = wp_upload_dir('2022/06');
    wp_mkdir_p($uploads['path']);
    file_put_contents($uploads['path'] . "/$file_name", $bytes);
    $id = wp_insert_attachment(['post_title' => $file_name, 'post_name' => $slug, 'post_mime_type' => $mime,
        'post_status' => 'inherit', 'guid' => $uploads['url'] . "/$file_name"], $uploads['path'] . "/$file_name");
    return ['id' => $id, 'url' => wp_get_attachment_url($id)];
}

function fill_placeholders(string $markup, array $images, array $media): string {
    return preg_replace_callback('/\{\{(IMAGE_ID|IMAGE_URL|MEDIA_ID|MEDIA_URL):([\w.-]+)\}\}/', function ($m) use ($images, $media) {
        $item = str_starts_with($m[1], 'IMAGE') ? $images[$m[2]] : $media[$m[2]];
        return str_ends_with($m[1], '_ID') ? (string) $item['id'] : esc_url($item['url']);
    }, $markup);
}

// The cached oEmbed answers of the URLs a post holds, written where WP_Embed::shortcode() reads.
function seed_oembed_cache(int $post_id, string $content, array $cache): void {
    foreach ($cache as $url => $html) {
        if (strpos($content, $url) === false) continue;
        $key = md5($url . serialize(wp_parse_args([], wp_embed_defaults($url))));
        update_post_meta($post_id, "_oembed_$key", $html);
        update_post_meta($post_id, "_oembed_time_$key", time());
    }
}

$images = [
    'map' => $image, // seed.php's council map
    'arrival' => svg_attachment('arrival', 1200, 800, '#35618f', 'Arrival', 'The delegations arrive at the European Convention Center'),
    'table' => svg_attachment('table', 1200, 800, '#5a7d3a', 'At the table', 'The ministers at the table'),
    'signing' => svg_attachment('signing', 1200, 800, '#8f5a35', 'Signing', 'Two ministers sign the roadmap'),
    'steppe' => svg_attachment('steppe', 1600, 900, '#b08a3e', 'The steppe', ''),
    'clip-poster' => svg_attachment('clip-poster', 1280, 720, '#222831', 'The ministers arrive', ''),
];
$media = [
    'clip.webm' => media_attachment('clip.webm', 'video/webm', "\x1a\x45\xdf\xa3 stand-in\n"),
    'clip.en.vtt' => media_attachment('clip.en.vtt', 'text/vtt', "WEBVTT\n\n00:00.000 --> 00:04.000\nThe ministers arrive in Luxembourg.\n"),
    'interview.ogg' => media_attachment('interview.ogg', 'audio/ogg', "OggS stand-in\n"),
];
$cache = json_decode(file_get_contents(__DIR__ . '/oembed-cache.json'), true, 16, JSON_THROW_ON_ERROR)['html'];
$desk = user_for('EU Reporter Desk');
$at = fn(string $gmt) => ['post_date_gmt' => $gmt, 'post_date' => get_date_from_gmt($gmt)];

$block_posts = [
    // slug, title, markup file or markup, date, author
    ['whole-article', 'EU and Kazakhstan in figures, footage and posts', 'whole-article.en.html', '2022-06-21 09:00:00', 'Martin Banks'],
    ['whole-article-da', 'EU og Kasakhstan i tal, billeder og opslag', 'whole-article.da.html', '2022-06-21 09:00:00', 'Martin Banks'],
    ['whole-article-sw', 'EU na Kazakhstan: takwimu, video na maoni', 'whole-article.sw.html', '2022-06-21 09:00:00', 'Martin Banks'],
    ['classic-editor-post', 'The communiqué, as the classic editor has it', 'classic.html', '2022-06-22 09:00:00', 'EU Reporter Desk'],
    ['untitled-post', '', "<!-- wp:paragraph -->\n<p>A quick note from Luxembourg: the Council has just ended, and the ministers will speak to the press at four.</p>\n<!-- /wp:paragraph -->", '2022-06-20 14:00:00', 'EU Reporter Desk'],
    ['only-an-image', 'Only an image', "<!-- wp:image {\"id\":{{IMAGE_ID:arrival}},\"sizeSlug\":\"full\",\"linkDestination\":\"none\"} -->\n<figure class=\"wp-block-image size-full\"><img src=\"{{IMAGE_URL:arrival}}\" alt=\"The delegations arrive at the European Convention Center\" class=\"wp-image-{{IMAGE_ID:arrival}}\"/></figure>\n<!-- /wp:image -->", '2022-06-20 10:00:00', 'EU Reporter Desk'],
    ['only-an-embed', 'Only an embed', "<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=M7lc1UVf-VE\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true,\"className\":\"wp-embed-aspect-16-9 wp-has-aspect-ratio\"} -->\n<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n</div></figure>\n<!-- /wp:embed -->", '2022-06-20 11:00:00', 'EU Reporter Desk'],
    ['empty-blocks', 'A post with empty blocks', implode("\n\n", [
        "<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->",
        "<!-- wp:heading -->\n<h2></h2>\n<!-- /wp:heading -->",
        "<!-- wp:paragraph -->\n<p>The only words of this post.</p>\n<!-- /wp:paragraph -->",
        "<!-- wp:list -->\n<ul></ul>\n<!-- /wp:list -->",
        "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"></blockquote>\n<!-- /wp:quote -->",
        "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img alt=\"\"/></figure>\n<!-- /wp:image -->",
        "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><tbody><tr><td></td><td></td></tr></tbody></table></figure>\n<!-- /wp:table -->",
        "<!-- wp:buttons -->\n<div class=\"wp-block-buttons\"></div>\n<!-- /wp:buttons -->",
        "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code></code></pre>\n<!-- /wp:code -->",
        "<!-- wp:embed {\"url\":\"\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n</div></figure>\n<!-- /wp:embed -->",
    ]), '2022-06-20 12:00:00', 'EU Reporter Desk'],
    ['more-and-nextpage', 'A post with more and next page', implode("\n\n", [
        "<!-- wp:paragraph -->\n<p>Before the more tag: the teaser.</p>\n<!-- /wp:paragraph -->",
        "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->",
        "<!-- wp:paragraph -->\n<p>After it, on the first page.</p>\n<!-- /wp:paragraph -->",
        "<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->",
        "<!-- wp:paragraph -->\n<p>The second page.</p>\n<!-- /wp:paragraph -->",
    ]), '2022-06-20 13:00:00', 'EU Reporter Desk'],
];
foreach ($block_posts as [$slug, $title, $markup, $gmt, $author]) {
    if (str_ends_with($markup, '.html')) $markup = file_get_contents(__DIR__ . "/posts/$markup");
    $content = fill_placeholders($markup, $images, $media);
    $id = ensure_post($slug, ['post_title' => $title, 'post_content' => wp_slash($content),
        'post_author' => user_for($author)] + $at($gmt), $say);
    seed_oembed_cache($id, $content, $cache);
}
set_post_thumbnail(get_posts(['name' => 'whole-article', 'post_type' => 'post', 'numberposts' => 1])[0]->ID, $images['map']['id']);
