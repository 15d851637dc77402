import { type Role } from '@hocso/portal-data-access';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { HomePage } from './features/home/home-page';
import { FEATURES_NAMESPACE } from './i18n/resources';
import { NotFoundPage } from './features/not-found/not-found-page';
import { AppLayout } from './shell/app-layout';
import { RequireAuth } from './shell/require-auth';

// Only the home page comes with the app's first script; every other page is loaded when it is first opened.
const SignInPage = lazy(() => import('./features/auth/sign-in-page').then((module) => ({ default: module.SignInPage })));
const SignUpPage = lazy(() => import('./features/auth/sign-up-page').then((module) => ({ default: module.SignUpPage })));
const SetPasswordPage = lazy(() => import('./features/auth/set-password-page').then((module) => ({ default: module.SetPasswordPage })));
const ForgotPasswordPage = lazy(() => import('./features/auth/forgot-password-page').then((module) => ({ default: module.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./features/auth/reset-password-page').then((module) => ({ default: module.ResetPasswordPage })));
const ActivatePage = lazy(() => import('./features/auth/activate-page').then((module) => ({ default: module.ActivatePage })));
const ConfirmEmailPage = lazy(() => import('./features/auth/confirm-email-page').then((module) => ({ default: module.ConfirmEmailPage })));
const ProfilePage = lazy(() => import('./features/profile/profile-page').then((module) => ({ default: module.ProfilePage })));

const AdminLayout = lazy(() => import('./features/admin/admin-layout').then((module) => ({ default: module.AdminLayout })));
const OrgUnitsPage = lazy(() => import('./features/admin/org-units/org-units-page').then((module) => ({ default: module.OrgUnitsPage })));
const UsersPage = lazy(() => import('./features/admin/users/users-page').then((module) => ({ default: module.UsersPage })));
const CompliancePage = lazy(() => import('./features/admin/compliance/compliance-page').then((module) => ({ default: module.CompliancePage })));
const ImportsPage = lazy(() => import('./features/admin/imports/imports-page').then((module) => ({ default: module.ImportsPage })));
const BanksPage = lazy(() => import('./features/question-bank/banks-page').then((module) => ({ default: module.BanksPage })));
const BankPage = lazy(() => import('./features/question-bank/bank-page').then((module) => ({ default: module.BankPage })));
const QuestionEditorPage = lazy(() => import('./features/question-bank/question-editor-page').then((module) => ({ default: module.QuestionEditorPage })));
const CataloguePage = lazy(() => import('./features/courses/catalogue/catalogue-page').then((module) => ({ default: module.CataloguePage })));
const TrackPage = lazy(() => import('./features/courses/catalogue/track-page').then((module) => ({ default: module.TrackPage })));
const CoursePage = lazy(() => import('./features/courses/course/course-page').then((module) => ({ default: module.CoursePage })));
const LessonPlayerPage = lazy(() => import('./features/courses/player/lesson-player-page').then((module) => ({ default: module.LessonPlayerPage })));
const MyLearningPage = lazy(() => import('./features/courses/my-learning/my-learning-page').then((module) => ({ default: module.MyLearningPage })));
const TeachCoursesPage = lazy(() => import('./features/courses/teach/teach-courses-page').then((module) => ({ default: module.TeachCoursesPage })));
const NewCoursePage = lazy(() => import('./features/courses/teach/new-course-page').then((module) => ({ default: module.NewCoursePage })));
const CourseEditorPage = lazy(() => import('./features/courses/teach/course-editor-page').then((module) => ({ default: module.CourseEditorPage })));
const OpenExamsPage = lazy(() => import('./features/exams/landing/open-exams-page').then((module) => ({ default: module.OpenExamsPage })));
const ExamLandingPage = lazy(() => import('./features/exams/landing/exam-landing-page').then((module) => ({ default: module.ExamLandingPage })));
const AttemptPage = lazy(() => import('./features/exams/attempt/attempt-page').then((module) => ({ default: module.AttemptPage })));
const AttemptReviewPage = lazy(() => import('./features/exams/review/attempt-review-page').then((module) => ({ default: module.AttemptReviewPage })));
const ExamEditorPage = lazy(() => import('./features/exams/teach/exam-editor-page').then((module) => ({ default: module.ExamEditorPage })));
const ExamManageLayout = lazy(() => import('./features/exams/teach/exam-manage-layout').then((module) => ({ default: module.ExamManageLayout })));
const ExamManageIndex = lazy(() => import('./features/exams/teach/exam-manage-layout').then((module) => ({ default: module.ExamManageIndex })));
const ExamOverridesPage = lazy(() => import('./features/exams/teach/exam-overrides-page').then((module) => ({ default: module.ExamOverridesPage })));
const ExamAttemptsPage = lazy(() => import('./features/exams/teach/exam-attempts-page').then((module) => ({ default: module.ExamAttemptsPage })));
const EssayGradingPage = lazy(() => import('./features/exams/teach/essay-grading-page').then((module) => ({ default: module.EssayGradingPage })));
const ExamStatisticsPage = lazy(() => import('./features/exams/teach/exam-statistics-page').then((module) => ({ default: module.ExamStatisticsPage })));
const ExamDayPage = lazy(() => import('./features/exams/teach/exam-day-page').then((module) => ({ default: module.ExamDayPage })));
const VerifyCredentialPage = lazy(() => import('./features/credentials/verify-credential-page').then((module) => ({ default: module.VerifyCredentialPage })));
const MyExternalCertificatesPage = lazy(() => import('./features/external-certificates/my-external-certificates-page').then((module) => ({ default: module.MyExternalCertificatesPage })));
const ExternalCertificateReviewPage = lazy(() => import('./features/external-certificates/external-certificate-review-page').then((module) => ({ default: module.ExternalCertificateReviewPage })));
const TrustedIssuersPage = lazy(() => import('./features/credentials/trusted-issuers-page').then((module) => ({ default: module.TrustedIssuersPage })));
const MyCertificatesPage = lazy(() => import('./features/certificates/my-certificates-page').then((module) => ({ default: module.MyCertificatesPage })));
const CourseCertificatesPage = lazy(() => import('./features/certificates/course-certificates-page').then((module) => ({ default: module.CourseCertificatesPage })));
const VerifyCertificatePage = lazy(() => import('./features/certificates/verify-certificate-page').then((module) => ({ default: module.VerifyCertificatePage })));
const LiveSessionsPage = lazy(() => import('./features/live-sessions/live-sessions-page').then((module) => ({ default: module.LiveSessionsPage })));
const LiveSessionPage = lazy(() => import('./features/live-sessions/live-session-page').then((module) => ({ default: module.LiveSessionPage })));
const CheckInPage = lazy(() => import('./features/live-sessions/check-in-page').then((module) => ({ default: module.CheckInPage })));
const CheckInScreenPage = lazy(() => import('./features/live-sessions/check-in-screen-page').then((module) => ({ default: module.CheckInScreenPage })));
const CohortsPage = lazy(() => import('./features/cohorts/cohorts-page').then((module) => ({ default: module.CohortsPage })));
const CohortPage = lazy(() => import('./features/cohorts/cohort-page').then((module) => ({ default: module.CohortPage })));
const NewLiveSessionPage = lazy(() => import('./features/live-sessions/live-sessions-page').then((module) => ({ default: module.NewLiveSessionPage })));
const NewCohortPage = lazy(() => import('./features/cohorts/cohorts-page').then((module) => ({ default: module.NewCohortPage })));
const ExpertPage = lazy(() => import('./features/expert/expert-page').then((module) => ({ default: module.ExpertPage })));
const ReviewQueuePage = lazy(() => import('./features/courses/review/review-queue-page').then((module) => ({ default: module.ReviewQueuePage })));

/** Waits for the features' texts, which are not in the first script. */
function FeatureTexts() {
  useTranslation(FEATURES_NAMESPACE);
  return null;
}

/**
 * The loading boundary of the lazily loaded pages below it. The page shows once both its script and the
 * features' texts are loaded; as siblings under one boundary, both start loading at once.
 */
function LazyOutlet() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      <FeatureTexts />
      <Outlet />
    </Suspense>
  );
}

/** Pages below it need a signed-in user with one of these roles (any signed-in user without roles). */
function Guarded({ anyOfRoles }: { anyOfRoles?: readonly Role[] }) {
  return (
    <RequireAuth anyOfRoles={anyOfRoles}>
      <Outlet />
    </RequireAuth>
  );
}

const TEACHING_ROLES: readonly Role[] = ['TRAINER', 'ADMIN'];

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route element={<LazyOutlet />}>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
          <Route path="set-password" element={<SetPasswordPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route path="activate" element={<ActivatePage />} />
          <Route element={<Guarded />}>
            <Route path="profile" element={<ProfilePage />} />
            <Route path="confirm-email" element={<ConfirmEmailPage />} />
          </Route>
          <Route path="courses" element={<CataloguePage />} />
          <Route path="courses/:id" element={<CoursePage />} />
          <Route path="courses/:id/lessons/:lessonId" element={<LessonPlayerPage />} />
          <Route path="tracks/:code" element={<TrackPage />} />
          <Route path="exams" element={<OpenExamsPage />} />
          <Route path="verify/:serial" element={<VerifyCertificatePage />} />
          <Route path="exams/:examId" element={<ExamLandingPage />} />
          <Route path="verify" element={<VerifyCredentialPage />} />
          {/* Not guarded: offline, who is signed in cannot be asked; the page reads the kept session itself. */}
          <Route path="exams/:examId/attempts/:attemptId" element={<AttemptPage />} />
          <Route element={<Guarded />}>
            <Route path="my-learning" element={<MyLearningPage />} />
            <Route path="external-certificates" element={<MyExternalCertificatesPage />} />
            <Route path="my-certificates" element={<MyCertificatesPage />} />
            <Route path="sessions" element={<LiveSessionsPage />} />
            {/* Offered by organiserActions; the server decides who may create (trainers, administrators, experts). */}
            <Route path="sessions/new" element={<NewLiveSessionPage />} />
            <Route path="sessions/:id" element={<LiveSessionPage />} />
            <Route path="sessions/:id/check-in" element={<CheckInPage />} />
            {/* The organiser's screen: offered by the session's allowedActions; the server refuses anyone else the code. */}
            <Route path="sessions/:id/screen" element={<CheckInScreenPage />} />
            <Route path="cohorts" element={<CohortsPage />} />
            <Route path="cohorts/new" element={<NewCohortPage />} />
            <Route path="cohorts/:id" element={<CohortPage />} />
            <Route path="my-unit" element={<ExpertPage />} />
            <Route path="exams/:examId/attempts/:attemptId/review" element={<AttemptReviewPage />} />
            {/* Trainers, graders and unit managers: each page is offered by the exam's allowedActions. */}
            <Route path="exams/:examId/manage" element={<ExamManageLayout />}>
              <Route index element={<ExamManageIndex />} />
              <Route path="edit" element={<ExamEditorPage />} />
              <Route path="overrides" element={<ExamOverridesPage />} />
              <Route path="attempts" element={<ExamAttemptsPage />} />
              <Route path="grading" element={<EssayGradingPage />} />
              <Route path="statistics" element={<ExamStatisticsPage />} />
              <Route path="day" element={<ExamDayPage />} />
            </Route>
          </Route>
          <Route path="admin" element={<Guarded anyOfRoles={['ADMIN', 'UNIT_MANAGER']} />}>
            <Route element={<AdminLayout />}>
              <Route index element={<Navigate to="org-units" replace />} />
              <Route path="org-units" element={<OrgUnitsPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="imports" element={<ImportsPage />} />
              <Route path="external-certificates" element={<ExternalCertificateReviewPage />} />
              <Route path="compliance" element={<CompliancePage />} />
              <Route element={<Guarded anyOfRoles={['ADMIN']} />}>
                <Route path="reviews" element={<ReviewQueuePage />} />
                <Route path="trusted-issuers" element={<TrustedIssuersPage />} />
              </Route>
            </Route>
          </Route>
          <Route path="teach" element={<Guarded anyOfRoles={TEACHING_ROLES} />}>
            <Route index element={<Navigate to="/teach/courses" replace />} />
            <Route path="courses" element={<TeachCoursesPage />} />
            <Route path="courses/new" element={<NewCoursePage />} />
            <Route path="courses/:id/edit" element={<CourseEditorPage />} />
            <Route path="courses/:id/certificates" element={<CourseCertificatesPage />} />
            <Route path="banks" element={<BanksPage />} />
            <Route path="banks/:bankId" element={<BankPage />} />
            <Route path="banks/:bankId/exams/new" element={<ExamEditorPage />} />
            <Route path="banks/:bankId/questions/new" element={<QuestionEditorPage />} />
            <Route path="banks/:bankId/questions/:questionId" element={<QuestionEditorPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
