import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { SetPasswordPage } from './features/auth/set-password-page';
import { SignInPage } from './features/auth/sign-in-page';
import { SignUpPage } from './features/auth/sign-up-page';
import { HomePage } from './features/home/home-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { ProfilePage } from './features/profile/profile-page';
import { AppLayout } from './shell/app-layout';
import { RequireAuth } from './shell/require-auth';

const AdminLayout = lazy(() => import('./features/admin/admin-layout').then((module) => ({ default: module.AdminLayout })));
const OrgUnitsPage = lazy(() => import('./features/admin/org-units/org-units-page').then((module) => ({ default: module.OrgUnitsPage })));
const UsersPage = lazy(() => import('./features/admin/users/users-page').then((module) => ({ default: module.UsersPage })));
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
const ReviewQueuePage = lazy(() => import('./features/courses/review/review-queue-page').then((module) => ({ default: module.ReviewQueuePage })));

function LazyPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{children}</Suspense>;
}

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="set-password" element={<SetPasswordPage />} />
        <Route
          path="profile"
          element={
            <RequireAuth>
              <ProfilePage />
            </RequireAuth>
          }
        />
        <Route
          path="admin"
          element={
            <RequireAuth anyOfRoles={['ADMIN', 'UNIT_MANAGER']}>
              <LazyPage>
                <AdminLayout />
              </LazyPage>
            </RequireAuth>
          }
        >
          <Route index element={<Navigate to="org-units" replace />} />
          <Route path="org-units" element={
              <LazyPage>
                <OrgUnitsPage />
              </LazyPage>
            } />
          <Route path="users" element={
              <LazyPage>
                <UsersPage />
              </LazyPage>
            } />
          <Route path="imports" element={
              <LazyPage>
                <ImportsPage />
              </LazyPage>
            } />
          <Route
            path="reviews"
            element={
              <RequireAuth anyOfRoles={['ADMIN']}>
                <LazyPage>
                  <ReviewQueuePage />
                </LazyPage>
              </RequireAuth>
            }
          />
        </Route>
        <Route
          path="teach/banks"
          element={
            <RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}>
              <LazyPage>
                <BanksPage />
              </LazyPage>
            </RequireAuth>
          }
        />
        <Route
          path="teach/banks/:bankId"
          element={
            <RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}>
              <LazyPage>
                <BankPage />
              </LazyPage>
            </RequireAuth>
          }
        />
        <Route
          path="teach/banks/:bankId/questions/new"
          element={
            <RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}>
              <LazyPage>
                <QuestionEditorPage />
              </LazyPage>
            </RequireAuth>
          }
        />
        <Route
          path="teach/banks/:bankId/questions/:questionId"
          element={
            <RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}>
              <LazyPage>
                <QuestionEditorPage />
              </LazyPage>
            </RequireAuth>
          }
        />
        <Route path="courses" element={<LazyPage><CataloguePage /></LazyPage>} />
        <Route path="courses/:id" element={<LazyPage><CoursePage /></LazyPage>} />
        <Route path="courses/:id/lessons/:lessonId" element={<LazyPage><LessonPlayerPage /></LazyPage>} />
        <Route path="tracks/:code" element={<LazyPage><TrackPage /></LazyPage>} />
        <Route path="my-learning" element={<RequireAuth><LazyPage><MyLearningPage /></LazyPage></RequireAuth>} />
        <Route path="teach" element={<Navigate to="/teach/courses" replace />} />
        <Route path="teach/courses" element={<RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}><LazyPage><TeachCoursesPage /></LazyPage></RequireAuth>} />
        <Route path="teach/courses/new" element={<RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}><LazyPage><NewCoursePage /></LazyPage></RequireAuth>} />
        <Route path="teach/courses/:id/edit" element={<RequireAuth anyOfRoles={['TRAINER', 'ADMIN']}><LazyPage><CourseEditorPage /></LazyPage></RequireAuth>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
