/** The course details form's values and how they become the API's inputs. */
export interface TrackChoice {
  selected: boolean;
  /** '' = the end of the track */
  position: string;
  mandatory: boolean;
}

export interface CourseDetailsValues {
  code: string;
  title: string;
  summary: string;
  hours: string;
  coverImageUrl: string;
  /** Codes of the published courses picked as prerequisites, in the order picked. */
  prerequisiteCodes: string[];
  tracks: Record<string, TrackChoice>;
}

export interface CourseDetailsSource {
  code: string;
  title: string;
  summary: string;
  hours: number;
  coverImageUrl: string | null;
  prerequisiteCodes: readonly string[];
  trackPlacements: ReadonlyArray<{ position: number; mandatory: boolean; track: { code: string } }>;
}

/** The form reads hours back as the reader writes them: 1,5 in Vietnamese, 1.5 in English (no thousands grouping). */
export function detailsValuesOf(course: CourseDetailsSource | null, language: string): CourseDetailsValues {
  return {
    code: course?.code ?? '',
    title: course?.title ?? '',
    summary: course?.summary ?? '',
    hours: course ? hoursForTyping(course.hours, language) : '',
    coverImageUrl: course?.coverImageUrl ?? '',
    prerequisiteCodes: [...(course?.prerequisiteCodes ?? [])],
    tracks: Object.fromEntries(
      (course?.trackPlacements ?? []).map((placement) => [placement.track.code, { selected: true, position: String(placement.position), mandatory: placement.mandatory }]),
    ),
  };
}

/** The picked prerequisites with one more (once, never the course itself), or without one. */
export function withPrerequisite(codes: readonly string[], code: string, ownCode: string): string[] {
  const upper = code.toUpperCase();
  return codes.includes(upper) || upper === ownCode.trim().toUpperCase() ? [...codes] : [...codes, upper];
}

export function withoutPrerequisite(codes: readonly string[], code: string): string[] {
  return codes.filter((candidate) => candidate !== code);
}

function hoursForTyping(hours: number, language: string): string {
  const text = String(hours);
  return language.startsWith('en') ? text : text.replace('.', ',');
}

/** Hours typed with a comma or a dot; NaN when not a number (the server explains the range). */
export function parseHours(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

export function trackPlacementsOf(tracks: Record<string, TrackChoice>) {
  return Object.entries(tracks)
    .filter(([, choice]) => choice.selected)
    .map(([trackCode, choice]) => {
      const position = Number.parseInt(choice.position, 10);
      return { trackCode, mandatory: choice.mandatory, position: Number.isFinite(position) && position > 0 ? position : null };
    });
}

/** Whether creating must be followed by an update: createCourse takes track codes only, not places or marks. */
export function needsPlacementUpdate(tracks: Record<string, TrackChoice>): boolean {
  return trackPlacementsOf(tracks).some((placement) => placement.mandatory || placement.position !== null);
}
