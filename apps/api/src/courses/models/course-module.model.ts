import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import type { CourseModuleEntity, ModuleSnapshot } from '@hocso/server-core';
import { LessonModel } from './lesson.model';

@ObjectType('CourseModule')
export class CourseModuleModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @ListSize(LIST_BOUNDS.lessonsPerModule)
  @Field(() => [LessonModel])
  lessons?: LessonModel[];

  /** Lessons of a published version come with the module; the working copy's load through a DataLoader. */
  frozenLessons?: LessonModel[];

  static fromEntity(module: CourseModuleEntity): CourseModuleModel {
    return Object.assign(new CourseModuleModel(), { id: module.id, title: module.title, position: module.position });
  }

  static fromSnapshot(module: ModuleSnapshot): CourseModuleModel {
    return Object.assign(new CourseModuleModel(), {
      id: module.id,
      title: module.title,
      position: module.position,
      frozenLessons: module.lessons.map(LessonModel.fromSnapshot),
    });
  }
}
