// What a framework user writes: the package's ES module, its element and its API.
import { mount } from 'article-embed';

mount(document.getElementById('api'), { src: '/articles/eu-kazakhstan-relations/article.json', lang: 'sw' });
