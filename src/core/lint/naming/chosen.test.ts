// Names the importer had to invent, or a tool's class names, are not graded by the naming rules
// (issue 16: real names from the corpus as rows); the same name chosen by a person is.
import { describe, expect, it } from 'vitest';
import { design, run } from '../../testing/lint-design';
import { eventNameBusiness } from '../rules/event-name-business';
import { eventNamePastTense } from '../rules/event-name-past-tense';
import { eventNotQuery } from '../rules/event-not-query';

const naming = [eventNamePastTense, eventNotQuery, eventNameBusiness];
const findings = (name: string, inventedName?: string) =>
  naming.flatMap((rule) => run(rule, design({ events: [[name, inventedName === undefined ? {} : { inventedName }]] })).map((f) => f.ruleId));

describe('naming rules and invented names', () => {
  // [name as imported, the naming findings it draws when a person chose it]
  const rows: [string, string[]][] = [
    ['animalsMessage', ['event-name-past-tense']],
    ['user/signedupMessage', ['event-name-past-tense']],
    ['trendingAnimeMessage', ['event-name-past-tense']],
    ['io.github.springwolf.examples.kafka.dtos.ExamplePayloadDto', ['event-name-past-tense', 'event-name-business']],
    ['io.github.springwolf.examples.kafka.dto.proto.ExamplePayloadProtobufDto.Message', ['event-name-past-tense', 'event-name-business']],
    ['java.lang.String', ['event-name-past-tense']],
    ['com.acme.GetUserRequest', ['event-not-query']],
  ];
  it.each(rows)('%s: graded when chosen, skipped while invented', (name, graded) => {
    expect(findings(name)).toEqual(graded);
    expect(findings(name, name)).toEqual([]);
  });

  it('a renamed event is graded again: the new name is a choice', () => {
    expect(findings('PlaceOrder', 'animalsMessage')).toEqual(['event-name-past-tense']);
  });
});
