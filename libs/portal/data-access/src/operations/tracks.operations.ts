import { graphql } from '../generated/gql';

export const tracksQuery = graphql(`
  query Tracks {
    tracks {
      id
      code
      title
      titleEn
      description
      descriptionEn
      audiences
    }
  }
`);
