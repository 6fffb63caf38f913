import { expect, it } from 'vitest';
import { markdownTable } from './markdown-table.js';

it('pads every column to its widest cell and aligns right where asked', () => {
  expect(
    markdownTable(
      [{ header: '№', align: 'right' }, { header: 'Где' }],
      [
        ['1', 'вход · login'],
        ['31', 'ИИН'],
      ],
    ),
  ).toEqual([
    '|   № | Где          |',
    '| --: | ------------ |',
    '|   1 | вход · login |',
    '|  31 | ИИН          |',
  ]);
});

it('escapes pipes and joins lines inside a cell', () => {
  expect(markdownTable([{ header: 'a' }], [['x | y\n  z']])).toEqual([
    '| a        |',
    '| -------- |',
    '| x \\| y z |',
  ]);
});

it('fills a missing cell with blanks', () => {
  expect(markdownTable([{ header: 'a' }, { header: 'b' }], [['1']])).toEqual([
    '| a   | b   |',
    '| --- | --- |',
    '| 1   |     |',
  ]);
});
