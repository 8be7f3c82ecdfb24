/** Card model → CardService (the only place building cards with Google's builders). */
import type { Button, CardAction, CardModel, Widget } from '../cards/card-model.js';
import { MAX_SECTIONS, MAX_WIDGETS } from '../cards/card-model.js';

function action(value: CardAction): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction()
    .setFunctionName(value.functionName)
    .setParameters(value.parameters ?? {});
}

function button(value: Button): GoogleAppsScript.Card_Service.TextButton {
  const built = CardService.newTextButton().setText(value.text);
  if (value.kind === 'link') return built.setOpenLink(CardService.newOpenLink().setUrl(value.url));
  if (value.kind === 'compose')
    return built.setComposeAction(action(value.action), CardService.ComposedEmailType.REPLY_AS_DRAFT);
  if (value.filled) built.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return built.setOnClickAction(action(value.action));
}

function widget(value: Widget): GoogleAppsScript.Card_Service.Widget {
  switch (value.kind) {
    case 'text':
      return CardService.newTextParagraph().setText(value.text);
    case 'keyValue':
      return CardService.newDecoratedText().setTopLabel(value.label).setText(value.value).setWrapText(true);
    case 'input': {
      const input = CardService.newTextInput().setFieldName(value.name).setTitle(value.label).setValue(value.value);
      return value.hint ? input.setHint(value.hint) : input;
    }
    case 'select': {
      const type = value.multi ? CardService.SelectionInputType.CHECK_BOX : CardService.SelectionInputType.DROPDOWN;
      const select = CardService.newSelectionInput().setType(type).setFieldName(value.name).setTitle(value.label);
      for (const option of value.options) select.addItem(option.text, option.value, option.selected);
      return select;
    }
    case 'buttons': {
      const set = CardService.newButtonSet();
      for (const item of value.buttons) set.addButton(button(item));
      return set;
    }
    case 'divider':
      return CardService.newDivider();
  }
}

export function renderCard(model: CardModel): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setName(model.name);
  const header = CardService.newCardHeader().setTitle(model.title);
  card.setHeader(model.subtitle ? header.setSubtitle(model.subtitle) : header);
  for (const section of model.sections.slice(0, MAX_SECTIONS)) {
    const built = CardService.newCardSection();
    if (section.header) built.setHeader(section.header);
    for (const item of section.widgets.slice(0, MAX_WIDGETS)) built.addWidget(widget(item));
    card.addSection(built);
  }
  return card.build();
}

/** An action response replacing the current card (after Refresh or Save). */
export function updateCard(model: CardModel): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder()
    .setNavigation(CardService.newNavigation().updateCard(renderCard(model)))
    .build();
}
