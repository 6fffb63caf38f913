import { expect, it } from 'vitest';
import { findRemoteScripts } from './find-remote-scripts.ts';

it.each([
  ['an inline script', '<script>window.x = 1</script>', []],
  ['a local script', '<script src="redoc.js"></script>', []],
  ['an image from a CDN', '<img src="https://cdn.redoc.ly/logo.svg">', []],
  [
    'a script from a CDN',
    '<script src="https://cdn.redoc.ly/redoc.standalone.js"></script>',
    ['https://cdn.redoc.ly/redoc.standalone.js'],
  ],
  ['a protocol-relative script', "<script src='//unpkg.com/x.js'></script>", ['//unpkg.com/x.js']],
  [
    'a remote stylesheet',
    '<link rel="stylesheet" href="https://fonts.googleapis.com/css">',
    ['https://fonts.googleapis.com/css'],
  ],
  [
    'a remote module preload, href first',
    '<link href="https://esm.sh/a.js" rel="modulepreload">',
    ['https://esm.sh/a.js'],
  ],
  ['a dynamic import of a URL', 'import("https://esm.sh/react")', ['https://esm.sh/react']],
  [
    'a CSS import of a URL',
    '<style>@import url("https://fonts.googleapis.com/x");</style>',
    ['https://fonts.googleapis.com/x'],
  ],
])('finds what a page with %s loads from other hosts', (_, html, want) => {
  expect(findRemoteScripts(html)).toEqual(want);
});
