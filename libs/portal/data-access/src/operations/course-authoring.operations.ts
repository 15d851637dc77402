import { graphql } from '../generated/gql';

export const editorLessonFieldsFragment = graphql(`
  fragment EditorLessonFields on Lesson {
    id
    title
    kind
    position
    required
    body
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
      bankId
    }
  }
`);

export const editorModuleFieldsFragment = graphql(`
  fragment EditorModuleFields on CourseModule {
    id
    title
    position
    lessons {
      ...EditorLessonFields
    }
  }
`);

export const editorCourseFieldsFragment = graphql(`
  fragment EditorCourseFields on Course {
    id
    code
    title
    summary
    hours
    coverImageUrl
    prerequisiteCodes
    status
    revisionStatus
    reviewComment
    submittedAt
    submittedBy
    canEdit
    allowedActions
    publishedAt
    updatedAt
    version
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

export const courseEditorQuery = graphql(`
  query CourseEditor($id: ID!) {
    course(id: $id) {
      ...EditorCourseFields
      versions {
        version
        publishedAt
        learnerCount
      }
      modules {
        ...EditorModuleFields
      }
    }
  }
`);

export const teachCoursesQuery = graphql(`
  query TeachCourses($status: CourseStatus, $first: Int, $after: String) {
    courses(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EditorCourseFields
        }
      }
    }
  }
`);

export const courseTracksQuery = graphql(`
  query CourseTracks {
    tracks {
      id
      code
      title
      titleEn
    }
  }
`);

export const createCourseMutation = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      ...EditorCourseFields
    }
  }
`);

export const updateCourseMutation = graphql(`
  mutation UpdateCourse($courseId: ID!, $input: UpdateCourseInput!) {
    updateCourse(courseId: $courseId, input: $input) {
      ...EditorCourseFields
    }
  }
`);

export const addModuleMutation = graphql(`
  mutation AddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      ...EditorModuleFields
    }
  }
`);

export const updateModuleMutation = graphql(`
  mutation UpdateModule($moduleId: ID!, $title: String!) {
    updateModule(moduleId: $moduleId, title: $title) {
      id
      title
    }
  }
`);

export const moveModuleMutation = graphql(`
  mutation MoveModule($moduleId: ID!, $position: Int!) {
    moveModule(moduleId: $moduleId, position: $position) {
      id
      position
    }
  }
`);

export const deleteModuleMutation = graphql(`
  mutation DeleteModule($moduleId: ID!) {
    deleteModule(moduleId: $moduleId) {
      id
    }
  }
`);

export const addLessonMutation = graphql(`
  mutation AddLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      ...EditorLessonFields
    }
  }
`);

export const updateLessonMutation = graphql(`
  mutation UpdateLesson($lessonId: ID!, $input: UpdateLessonInput!) {
    updateLesson(lessonId: $lessonId, input: $input) {
      ...EditorLessonFields
    }
  }
`);

export const moveLessonMutation = graphql(`
  mutation MoveLesson($lessonId: ID!, $moduleId: ID, $position: Int!) {
    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {
      id
      position
    }
  }
`);

export const deleteLessonMutation = graphql(`
  mutation DeleteLesson($lessonId: ID!) {
    deleteLesson(lessonId: $lessonId) {
      id
    }
  }
`);

export const submitCourseForReviewMutation = graphql(`
  mutation SubmitCourseForReview($courseId: ID!) {
    submitCourseForReview(courseId: $courseId) {
      ...EditorCourseFields
    }
  }
`);

export const publishCourseMutation = graphql(`
  mutation PublishCourse($courseId: ID!) {
    publishCourse(courseId: $courseId) {
      ...EditorCourseFields
    }
  }
`);

export const returnCourseToDraftMutation = graphql(`
  mutation ReturnCourseToDraft($courseId: ID!, $comment: String!) {
    returnCourseToDraft(courseId: $courseId, comment: $comment) {
      ...EditorCourseFields
    }
  }
`);

export const archiveCourseMutation = graphql(`
  mutation ArchiveCourse($courseId: ID!) {
    archiveCourse(courseId: $courseId) {
      ...EditorCourseFields
    }
  }
`);

export const addCourseAuthorMutation = graphql(`
  mutation AddCourseAuthor($courseId: ID!, $email: String!) {
    addCourseAuthor(courseId: $courseId, email: $email) {
      id
      allowedActions
      authors {
        id
        fullName
        email
      }
    }
  }
`);

/** Selects no authors: an author who removes themselves can no longer read them (refetch courseAuthorsQuery). */
export const removeCourseAuthorMutation = graphql(`
  mutation RemoveCourseAuthor($courseId: ID!, $email: String!) {
    removeCourseAuthor(courseId: $courseId, email: $email) {
      id
      canEdit
      allowedActions
    }
  }
`);

export const courseAuthorsQuery = graphql(`
  query CourseAuthors($id: ID!) {
    course(id: $id) {
      id
      allowedActions
      authors {
        id
        fullName
        email
      }
    }
  }
`);

/**
 * What a reviewer compares: the working copy and the live version's frozen content (none before the first
 * publication). Lessons keep their ids across versions, so run it with fetchPolicy 'no-cache': the normalised
 * cache would merge the frozen lessons into the working ones.
 */
export const courseReviewContentQuery = graphql(`
  query CourseReviewContent($id: ID!) {
    course(id: $id) {
      id
      modules {
        ...EditorModuleFields
      }
      versions(live: true) {
        version
        live
        modules {
          ...EditorModuleFields
        }
      }
    }
  }
`);

export const lessonMarkdownPreviewQuery = graphql(`
  query LessonMarkdownPreview($markdown: String!) {
    lessonMarkdownPreview(markdown: $markdown)
  }
`);

export const prerequisiteChoicesQuery = graphql(`
  query PrerequisiteChoices($search: String!) {
    prerequisiteChoices(search: $search) {
      id
      code
      title
    }
  }
`);
