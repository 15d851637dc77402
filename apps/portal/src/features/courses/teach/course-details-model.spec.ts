import { describe, expect, it } from '@jest/globals';
import { detailsValuesOf, needsPlacementUpdate, parseHours, trackPlacementsOf, withoutPrerequisite, withPrerequisite } from './course-details-model';

describe('course details model', () => {
  it('picks each prerequisite once, never the course itself, and removes one', () => {
    expect(withPrerequisite(['CDS-CO-BAN'], 'attt-01', 'KNS-01')).toEqual(['CDS-CO-BAN', 'ATTT-01']);
    expect(withPrerequisite(['CDS-CO-BAN'], 'CDS-CO-BAN', 'KNS-01')).toEqual(['CDS-CO-BAN']);
    expect(withPrerequisite([], 'KNS-01', ' kns-01 ')).toEqual([]);
    expect(withoutPrerequisite(['CDS-CO-BAN', 'ATTT-01'], 'CDS-CO-BAN')).toEqual(['ATTT-01']);
  });

  it('parses hours as people type them', () => {
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours('8')).toBe(8);
    expect(parseHours('')).toBeNaN();
  });

  it('turns track choices into placements', () => {
    const tracks = {
      officials: { selected: true, position: '2', mandatory: true },
      sme: { selected: true, position: '', mandatory: false },
      leaders: { selected: false, position: '1', mandatory: true },
    };
    expect(trackPlacementsOf(tracks)).toEqual([
      { trackCode: 'officials', mandatory: true, position: 2 },
      { trackCode: 'sme', mandatory: false, position: null },
    ]);
    expect(needsPlacementUpdate(tracks)).toBe(true);
    expect(needsPlacementUpdate({ sme: { selected: true, position: '', mandatory: false } })).toBe(false);
  });

  it('reads a course back into the form', () => {
    const values = detailsValuesOf({
      code: 'ATTT-01',
      title: 'An toàn thông tin',
      summary: 'Tóm tắt',
      hours: 1.5,
      coverImageUrl: null,
      prerequisiteCodes: ['CDS-CO-BAN'],
      trackPlacements: [{ position: 3, mandatory: true, track: { code: 'officials' } }],
    }, 'en');
    expect(values).toMatchObject({ hours: '1.5', coverImageUrl: '', prerequisiteCodes: ['CDS-CO-BAN'], tracks: { officials: { selected: true, position: '3', mandatory: true } } });
    expect(detailsValuesOf(null, 'vi').code).toBe('');
  });

  it('gives hours back with the Vietnamese decimal comma, which parses to the same number', () => {
    const source = { code: 'A', title: 'A', summary: '', hours: 1.5, coverImageUrl: null, prerequisiteCodes: [], trackPlacements: [] };
    const values = detailsValuesOf(source, 'vi');
    expect(values.hours).toBe('1,5');
    expect(parseHours(values.hours)).toBe(1.5);
    expect(detailsValuesOf({ ...source, hours: 1200 }, 'vi').hours).toBe('1200');
  });
});
