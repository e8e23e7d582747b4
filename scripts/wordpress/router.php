<?php
// Router for PHP's built-in server: real files under the WordPress tree are served as they are,
// /wp-content/ from the content directory, everything else goes to index.php (pretty
// permalinks, /wp-json/).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$content = getenv('WP_CONTENT') ?: '/var/lib/wordpress';
if (strpos($path, '/wp-content/') === 0) {
    $file = realpath($content . $path);
    if ($file && strpos($file, realpath($content)) === 0 && is_file($file)) {
        $types = ['svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'css' => 'text/css', 'js' => 'text/javascript'];
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
}
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path)) {
    if (substr($path, -4) === '.php') {
        chdir(dirname($_SERVER['DOCUMENT_ROOT'] . $path));
        require $_SERVER['DOCUMENT_ROOT'] . $path;
        return true;
    }
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
