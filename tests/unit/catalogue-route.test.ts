import { describe, expect, it } from 'vitest';
import {
  type CatalogueRoute,
  catalogueRouteHash,
  parseCatalogueRoute,
} from '../../core/trainer/catalogue-route';
import { parseWalkthroughRoute, walkthroughRouteHash } from '../../core/trainer/walkthrough-route';

describe('catalogue page address', () => {
  it.each<[string, CatalogueRoute]>([
    ['', { view: 'tools' }],
    ['#', { view: 'tools' }],
    ['#tool=whatsapp', { view: 'tools', tool: 'whatsapp' }],
    ['#tools', { view: 'tools' }],
    ['#sources', { view: 'sources' }],
    ['#handout', { view: 'handout' }],
    ['#handout&profile=hessen&lang=en', { view: 'handout', profile: 'hessen', lang: 'en' }],
    ['#sources&tool=zoom', { view: 'tools', tool: 'zoom' }],
    ['#handout&profile=mars&lang=fr', { view: 'handout' }],
    ['#<script>', { view: 'tools' }],
  ])('reads %s', (hash, route) => {
    expect(parseCatalogueRoute(hash)).toEqual(route);
  });

  it.each<CatalogueRoute>([
    { view: 'tools' },
    { view: 'tools', tool: 'whatsapp', lang: 'en' },
    { view: 'sources', lang: 'de' },
    { view: 'handout', profile: 'koeln', lang: 'en' },
  ])('writes what it reads: %j', (route) => {
    expect(parseCatalogueRoute(catalogueRouteHash(route))).toEqual(route);
  });

  it('keeps the banner\'s "Mehr erfahren" link as it is', () => {
    expect(catalogueRouteHash({ view: 'tools', tool: 'whatsapp' })).toBe('#tool=whatsapp');
  });
});

describe('walkthrough address', () => {
  it.each([
    ['', { step: 1 }],
    ['#step=3&tool=zoom&lang=en', { step: 3, tool: 'zoom', lang: 'en' }],
    ['#step=99', { step: 5 }],
    ['#step=0', { step: 1 }],
    ['#step=x', { step: 1 }],
  ])('reads %s', (hash, route) => {
    expect(parseWalkthroughRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    const route = { step: 4, tool: 'whatsapp', lang: 'de' as const };
    expect(parseWalkthroughRoute(walkthroughRouteHash(route))).toEqual(route);
  });
});
