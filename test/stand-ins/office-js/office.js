/* global window, setTimeout */
/* eslint-disable max-params -- mirrors Office.js signatures (eventType, handler, options, callback) */
/*
 * Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in headless tests: the
 * subset of the Outlook mailbox API the Slash pane uses, over a fixture, recording every call.
 *
 * Before the page loads, the test sets `window.__officeFixture`:
 *   { displayLanguage, requirementSets: { Mailbox: '1.9', NestedAppAuth: null }, userProfile,
 *     item: { itemId, conversationId, internetMessageId, subject, from, to, cc, dateTimeCreated (ISO), body,
 *             bodyFailures (how many getAsync calls fail first) } | null,
 *     dialog: { token } | { errorCode } }
 * and reads `window.__officeCalls` ([{ name, args }]) afterwards. `window.__officeStandIn.select(item)`
 * switches the selected item and fires ItemChanged like a pinned pane.
 */
(function () {
  'use strict';
  var fixture = window.__officeFixture || {};
  var calls = (window.__officeCalls = []);
  var handlers = {};
  var record = function (name, args) {
    calls.push({ name: name, args: JSON.parse(JSON.stringify(args === undefined ? null : args)) });
  };
  var Succeeded = 'succeeded';
  var Failed = 'failed';
  var later = function (fn) {
    setTimeout(fn, 0);
  };
  var result = function (status, value, error) {
    return { status: status, value: value, error: error, asyncContext: undefined };
  };
  var person = function (p) {
    return p ? { displayName: p.name || '', emailAddress: p.email, recipientType: 'user' } : null;
  };

  function makeItem(data) {
    if (!data) return null;
    var failuresLeft = data.bodyFailures || 0;
    return {
      itemId: data.itemId,
      itemType: 'message',
      conversationId: data.conversationId,
      internetMessageId: data.internetMessageId,
      subject: data.subject,
      from: person(data.from),
      sender: person(data.from),
      to: (data.to || []).map(person),
      cc: (data.cc || []).map(person),
      dateTimeCreated: new Date(data.dateTimeCreated),
      body: {
        getAsync: function (coercionType, optionsOrCallback, maybeCallback) {
          var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
          record('body.getAsync', { coercionType: coercionType });
          later(function () {
            if (failuresLeft > 0) {
              failuresLeft -= 1;
              callback(
                result(Failed, undefined, { code: 9020, name: 'GenericResponseError', message: 'stand-in failure' }),
              );
            } else callback(result(Succeeded, data.body));
          });
        },
      },
      displayReplyAllForm: function (formData) {
        record('displayReplyAllForm', { formData: formData });
      },
      displayReplyAllFormAsync: function (formData, optionsOrCallback, maybeCallback) {
        var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
        record('displayReplyAllFormAsync', { formData: formData });
        if (callback)
          later(function () {
            callback(result(Succeeded));
          });
      },
    };
  }

  var sets = fixture.requirementSets || { Mailbox: '1.9' };
  var versionAtLeast = function (have, want) {
    var a = String(have).split('.').map(Number);
    var b = String(want || '1.1')
      .split('.')
      .map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i += 1) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  };

  var mailbox = {
    item: makeItem(fixture.item),
    userProfile: fixture.userProfile || {
      displayName: 'Client',
      emailAddress: 'client@example.com',
      timeZone: 'Romance Standard Time',
    },
    addHandlerAsync: function (eventType, handler, optionsOrCallback, maybeCallback) {
      var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      record('addHandlerAsync', { eventType: eventType });
      handlers[eventType] = handler;
      if (callback)
        later(function () {
          callback(result(Succeeded));
        });
    },
    removeHandlerAsync: function (eventType) {
      record('removeHandlerAsync', { eventType: eventType });
      delete handlers[eventType];
    },
    getUserIdentityTokenAsync: function (callback) {
      // Turned off in Microsoft 365 (ADDINS.md §6 #1): the pane must never call it.
      record('getUserIdentityTokenAsync', null);
      later(function () {
        callback(result(Failed, undefined, { code: 9017, message: 'legacy tokens are off' }));
      });
    },
  };

  function openDialog(url, options, callback) {
    record('displayDialogAsync', { url: url, options: options });
    var dialogFixture = fixture.dialog || {};
    later(function () {
      if (dialogFixture.errorCode) {
        callback(
          result(Failed, undefined, {
            code: dialogFixture.errorCode,
            message: 'stand-in dialog error ' + dialogFixture.errorCode,
          }),
        );
        return;
      }
      var dialogHandlers = {};
      var dialog = {
        addEventHandler: function (type, handler) {
          dialogHandlers[type] = handler;
        },
        close: function () {
          record('dialog.close', null);
        },
      };
      callback(result(Succeeded, dialog));
      later(function () {
        var handler = dialogHandlers['dialogMessageReceived'];
        var message = JSON.stringify({ type: 'slash-token', token: dialogFixture.token });
        if (handler)
          handler({
            type: 'dialogMessageReceived',
            message: message,
            origin: dialogFixture.origin || window.location.origin,
          });
      });
    });
  }

  window.Office = {
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        later(function () {
          if (callback) callback(info);
          resolve(info);
        });
      });
    },
    context: {
      displayLanguage: fixture.displayLanguage || 'en-US',
      requirements: {
        isSetSupported: function (name, version) {
          return sets[name] !== undefined && sets[name] !== null && versionAtLeast(sets[name], version);
        },
      },
      mailbox: mailbox,
      ui: {
        displayDialogAsync: openDialog,
        messageParent: function (message) {
          record('messageParent', { message: message });
        },
      },
    },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: Succeeded, Failed: Failed },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
  };

  window.__officeStandIn = {
    select: function (data) {
      mailbox.item = makeItem(data);
      var handler = handlers['olkItemSelectedChanged'];
      if (handler) handler({ type: 'olkItemSelectedChanged' });
    },
  };
})();
