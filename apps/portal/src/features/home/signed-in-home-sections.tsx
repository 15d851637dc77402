import type { Audience, TracksQuery } from '@hocso/portal-data-access';
import { MyLearningSummary } from './my-learning-summary';
import { MyRequirements } from './my-requirements';

export interface SignedInHomeSectionsProps {
  audience: Audience;
  tracks: TracksQuery['tracks'];
}

/** What the home page adds for someone signed in: their requirements, where to continue, their track's courses. */
export function SignedInHomeSections({ audience, tracks }: SignedInHomeSectionsProps) {
  return (
    <>
      <MyRequirements />
      <MyLearningSummary audience={audience} tracks={tracks} />
    </>
  );
}
