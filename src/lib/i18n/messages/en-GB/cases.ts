/** English (en-GB): messages of disease tracking pages, components, charts, sentences and their scripts. */
export const messages = {
  'cases.change.suppressed': 'The change on {period} is not shown because the numbers are too small to publish.',
  'cases.change.previousWeek': 'the previous 7 days',
  'cases.change.noData': 'There is no data to compare with {period}.',
  'cases.change.noChangeShort': 'No change',
  'cases.change.noChange': 'No change on {period}.',
  'cases.change.amount': '{magnitude} {unit}',
  'cases.change.amountPct': '{magnitude} {unit} ({pct})',
  'cases.change.up': 'Up {amount} on {period}',
  'cases.change.down': 'Down {amount} on {period}',
  'cases.change.neutral': '{change}.',
  'cases.change.worse': '{change}, a change for the worse.',
  'cases.change.better': '{change}, a change for the better.',
  'cases.summary.noWeek': 'There is no complete week of data yet.',
  'cases.summary.when': 'the 7 days to {date}',
  'cases.summary.noData': 'In {place}, there is no data on {measure} for {when}.',
  'cases.summary.suppressed':
    'In {place}, the number of {measure} in {when} was too small to publish (fewer than {threshold}).',
  'cases.summary.rate': '{rate} per 100,000 people',
  'cases.summary.rankFirst': ', the highest of {ranked} areas',
  'cases.summary.rankFirstJoint': ', the joint highest of {ranked} areas',
  'cases.summary.rank': ', the {ordinal} highest of {ranked} areas',
  'cases.summary.rankJoint': ', the joint {ordinal} highest of {ranked} areas',
  'cases.summary.changeSuppressed':
    'In {place}, {measure} in {when} were {level}{rank}; the change on the previous 7 days is not shown because the numbers are too small to publish.',
  'cases.summary.noEarlier':
    'In {place}, {measure} in {when} were {level}{rank}; there is no earlier figure to compare with.',
  'cases.summary.unchanged': 'In {place}, {measure} in {when} were unchanged at {level}{rank}.',
  'cases.summary.roseFromZero': 'In {place}, {measure} in {when} rose from zero to {level}{rank}.',
  'cases.summary.fellFromZero': 'In {place}, {measure} in {when} fell from zero to {level}{rank}.',
  'cases.summary.rose': 'In {place}, {measure} in {when} rose {pct} to {level}{rank}.',
  'cases.summary.fell': 'In {place}, {measure} in {when} fell {pct} to {level}{rank}.',
  'cases.chart.empty': 'Nothing to draw: no {unit} were reported.',
  'cases.chart.emptyRange': 'Nothing to draw: no {unit} were reported from {from} to {to}.',
  'cases.chart.trend': 'Daily {unit} from {from} to {to}, as bars, with the 7-day average as a line.',
  'cases.chart.trendPeak': 'The 7-day average was highest, {value} a day, on {date}.',
  'cases.chart.trendLastComplete': 'On {date}, the last complete day, it was {value} a day.',
  'cases.chart.trendSpanned': {
    forms: {
      one: 'One bar covers several days: the source skipped days, and the next report ({reports}) carries them all.',
      other:
        '{count} bars cover several days: the source skipped days, and the next report ({reports}) carries them all.',
    },
  },
  'cases.chart.trendSpannedReport': {
    by: 'days',
    forms: {
      one: '{date}, for {days} day',
      other: '{date}, for {days} days',
    },
  },
  'cases.chart.trendMore': '{reports}; …',
  'cases.chart.trendLagged': {
    forms: {
      one: 'The last day is shaded: it is still incomplete.',
      other: 'The last {count} days are shaded: they are still incomplete.',
    },
  },
  'cases.chart.compareNone': 'No rates to show.',
  'cases.chart.compare': '7-day rates per 100,000 from {from} to {to}, one line each for {areas}.',
  'cases.chart.compareLine': '{area}: {rate} on {date}.',
} as const;
