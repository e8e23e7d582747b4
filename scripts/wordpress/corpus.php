<?php
// The breadth corpus: WordPress's own block patterns, which WordPress wrote with every common
// core block, each made a post of the test site. Read at run time from the installed Debian
// packages (they are GPL; nothing of them is copied into the repository):
//
// - core's patterns (wp-includes/block-patterns/) and the active theme's (twentytwentythree's
//   patterns/), as WordPress registers them;
// - twentytwentytwo's (inc/patterns/*.php, each returns its pattern) and twentytwentyone's
//   (inc/block-patterns.php registers them), themes that are installed but not active.
//
//   php scripts/wordpress/corpus.php            # creates (or updates) the posts; prints one
//                                               # line per post: its ID, a tab, its pattern's name
//   php scripts/wordpress/corpus.php --delete   # removes them (the other tests import every post)
//
// Each post is titled by its pattern and dated 2020-01-01, so it sorts before the test posts.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
wp_set_current_user(1); // an administrator: the patterns' markup is kept as written

$prefix = 'corpus-';
if (($argv[1] ?? '') === '--delete') {
    global $wpdb;
    $ids = $wpdb->get_col($wpdb->prepare("SELECT ID FROM $wpdb->posts WHERE post_type = 'post' AND post_name LIKE %s", $wpdb->esc_like($prefix) . '%'));
    foreach ($ids as $id) wp_delete_post((int) $id, true);
    exit(0);
}

$patterns = []; // name => [title, content]
$themes = get_theme_root();
// twentytwentyone registers its patterns at init, which has run: register them now.
if (!function_exists('twenty_twenty_one_register_block_pattern')) {
    require "$themes/twentytwentyone/inc/block-patterns.php";
}
twenty_twenty_one_register_block_pattern();
foreach (WP_Block_Patterns_Registry::get_instance()->get_all_registered() as $p) {
    $patterns[$p['name']] = [$p['title'], $p['content']];
}
foreach (glob("$themes/twentytwentytwo/inc/patterns/*.php") as $file) {
    $p = require $file;
    $patterns['twentytwentytwo/' . basename($file, '.php')] = [$p['title'], $p['content']];
}
ksort($patterns);

foreach ($patterns as $name => [$title, $content]) {
    $slug = $prefix . sanitize_title(str_replace('/', '-', $name));
    $fields = ['post_title' => $title, 'post_content' => wp_slash($content), 'post_status' => 'publish',
        'post_type' => 'post', 'post_name' => $slug, 'post_date_gmt' => '2020-01-01 00:00:00',
        'post_date' => get_date_from_gmt('2020-01-01 00:00:00')];
    $found = get_posts(['name' => $slug, 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => 1]);
    $id = $found ? wp_update_post(['ID' => $found[0]->ID] + $fields, true) : wp_insert_post($fields, true);
    if (is_wp_error($id)) { fwrite(STDERR, "$name: " . $id->get_error_message() . "\n"); exit(1); }
    echo "$id\t$name\n";
}
