// The naming rules grade names people chose. A name the importer had to make up, or a tool's
// class name (EventType.inventedName), says nothing about how its author thinks of the event:
// grading it would only teach people to ignore the rules. Renaming the event makes it a choice.
import type { EventType } from '../../model/types';

export function nameWasChosen(event: EventType): boolean {
  return event.inventedName === undefined || event.inventedName !== event.name;
}
