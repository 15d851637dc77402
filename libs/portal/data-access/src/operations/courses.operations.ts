import { graphql } from '../generated/gql';

export const courseCardFieldsFragment = graphql(`
  fragment CourseCardFields on Course {
    id
    code
    title
    summary
    hours
    coverImageUrl
    status
    trackPlacements {
      position
      mandatory
      track {
        id
        code
        title
        titleEn
      }
    }
  }
`);

export const catalogueCoursesQuery = graphql(`
  query CatalogueCourses($search: String, $trackCode: String, $first: Int, $after: String) {
    courses(search: $search, trackCode: $trackCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CourseCardFields
        }
      }
    }
  }
`);

export const trackWithCoursesQuery = graphql(`
  query TrackWithCourses($code: String!) {
    track(code: $code) {
      id
      code
      title
      titleEn
      description
      descriptionEn
      audiences
      courseEntries {
        position
        mandatory
        course {
          ...CourseCardFields
        }
      }
    }
  }
`);

export const courseEnrollmentFieldsFragment = graphql(`
  fragment CourseEnrollmentFields on Enrollment {
    id
    status
    progress
    completedLessonIds
    enrolledAt
    completedAt
    retakeStartedAt
    dueAt
    source
    version
    certificate {
      id
      serial
      status
      pdfUrl
      verifyUrl
      pdfReady
    }
  }
`);

export const courseDetailQuery = graphql(`
  query CourseDetail($id: ID!) {
    course(id: $id) {
      ...CourseCardFields
      prerequisiteCodes
      publishedAt
      updatedAt
      authorNames
      learnerCount
      version
      revisionStatus
      canEdit
      modules {
        id
        title
        position
        lessons {
          id
          title
          kind
          position
          required
        }
      }
      myEnrollment {
        ...CourseEnrollmentFields
        completions {
          number
          completedAt
          version
        }
      }
    }
  }
`);

export const lessonPlayerFieldsFragment = graphql(`
  fragment LessonPlayerFields on Lesson {
    id
    title
    kind
    position
    required
    bodyHtml
    videoUrl
    transcript
    file {
      id
      name
      size
      mimeType
      url
    }
    exam {
      id
      title
      questionCount
      timeLimitSeconds
      passPercent
    }
  }
`);

export const coursePlayerQuery = graphql(`
  query CoursePlayer($id: ID!) {
    course(id: $id) {
      id
      code
      title
      version
      canEdit
      modules {
        id
        title
        position
        lessons {
          ...LessonPlayerFields
        }
      }
      myEnrollment {
        ...CourseEnrollmentFields
      }
    }
  }
`);

export const enrollMutation = graphql(`
  mutation Enroll($courseId: ID!) {
    enroll(courseId: $courseId) {
      ...CourseEnrollmentFields
    }
  }
`);

export const withdrawMutation = graphql(`
  mutation Withdraw($courseId: ID!) {
    withdraw(courseId: $courseId) {
      ...CourseEnrollmentFields
    }
  }
`);

export const retakeCourseMutation = graphql(`
  mutation RetakeCourse($courseId: ID!) {
    retakeCourse(courseId: $courseId) {
      ...CourseEnrollmentFields
    }
  }
`);

export const completeLessonMutation = graphql(`
  mutation CompleteLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      ...CourseEnrollmentFields
    }
  }
`);

export const myEnrollmentsQuery = graphql(`
  query MyEnrollments {
    myEnrollments {
      ...CourseEnrollmentFields
      course {
        id
        code
        title
        hours
        modules {
          id
          lessons {
            id
            title
            required
          }
        }
      }
    }
  }
`);
