import { graphql } from '../generated/gql';

export const homeCourseFieldsFragment = graphql(`
  fragment HomeCourseFields on Course {
    id
    code
    title
    summary
    hours
    coverImageUrl
    learnerCount
  }
`);

export const homeCoursesQuery = graphql(`
  query HomeCourses($first: Int) {
    courseHighlights(first: $first) {
      mostEnrolled {
        ...HomeCourseFields
      }
      newest {
        ...HomeCourseFields
      }
    }
  }
`);

export const homeLearningQuery = graphql(`
  query HomeLearning {
    myEnrollments {
      id
      status
      progress
      lastActiveAt
      retakeStartedAt
      completedLessonIds
      course {
        id
        title
        coverImageUrl
        modules {
          id
          lessons {
            id
            title
          }
        }
      }
    }
  }
`);

export const homeTrackQuery = graphql(`
  query HomeTrack($code: String!) {
    track(code: $code) {
      id
      code
      title
      titleEn
      courseEntries {
        position
        mandatory
        course {
          id
          code
          title
          hours
          myEnrollment {
            id
            status
            progress
          }
        }
      }
    }
  }
`);
