/*
 * Camino's own script, loaded from the server (the page's Content Security
 * Policy allows no inline script of ours).
 *
 * Unsaved changes: a form marked "camino-guarded" becomes dirty when the user
 * types or chooses something in it; leaving the page then asks first. A save
 * (a button marked "camino-save") that the server accepts makes it clean again;
 * a refused save (validation failed) leaves it dirty. "camino-discard" buttons
 * drop the changes on purpose.
 */
(function () {
    'use strict';
    var dirty = false;
    var saving = false;

    function inGuardedForm(element) {
        return element && element.closest && element.closest('form.camino-guarded');
    }

    function markDirty(event) {
        if (inGuardedForm(event.target)) {
            dirty = true;
        }
    }

    document.addEventListener('input', markDirty, true);
    document.addEventListener('change', markDirty, true);
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.camino-save, .camino-discard');
        if (button) {
            saving = true;
            if (button.classList.contains('camino-discard')) {
                dirty = false;
            }
        }
    }, true);
    document.addEventListener('submit', function (event) {
        if (inGuardedForm(event.target) && saving) {
            dirty = false; // a full-page save: the page leaves because of it
        }
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function (event, xhr) {
            if (saving) {
                saving = false;
                var args = xhr && xhr.pfArgs;
                if (!args || !args.validationFailed) {
                    dirty = false;
                }
            }
        });
    }

    // The login form sends the browser's time zone; pages then show times in it (DisplayZone).
    function sendTimeZone() {
        var zone = document.getElementById('login:timeZone');
        if (zone && window.Intl && Intl.DateTimeFormat) {
            zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', sendTimeZone);
    } else {
        sendTimeZone();
    }

    window.Camino = {
        isDirty: function () { return dirty; },
        clean: function () { dirty = false; }
    };
})();
