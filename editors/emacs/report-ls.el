;;; report-ls.el --- Eglot support for report-ls (government work reports)  -*- lexical-binding: t; -*-

;; Copyright (C) The report-ls contributors

;; Author: The report-ls contributors
;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, wp
;; URL: https://github.com/report-ls/report-ls
;; SPDX-License-Identifier: MIT OR Apache-2.0

;; This file is not part of GNU Emacs.

;;; Commentary:

;; report-ls is a language server and linter for Chinese government work
;; reports (政府工作报告): it checks note markers against the notes section,
;; numeric slogans against their explanations and figures against each other,
;; and offers hover, go to definition (marker or term -> note), references
;; (note -> uses), an outline and folding ranges.
;;
;; This file registers the server with Eglot for `text-mode' and
;; `markdown-mode' buffers.  The server itself decides which of those
;; buffers are reports, so it is safe to start it in any of them.
;;
;; Usage:
;;
;;   (require 'report-ls)
;;   (add-hook 'text-mode-hook #'report-ls-eglot-ensure)
;;   (add-hook 'markdown-mode-hook #'report-ls-eglot-ensure)
;;
;; or just M-x eglot in a report.  Customize `report-ls-server-path' when
;; the binary is not on `exec-path', and `report-ls-initialization-options'
;; for settings (the same keys as .report-ls.toml).

;;; Code:

(require 'cl-lib)

(defvar eglot-server-programs)
(declare-function eglot-ensure "eglot" ())

(defgroup report-ls nil
  "Eglot support for the report-ls language server."
  :group 'tools
  :prefix "report-ls-")

(defcustom report-ls-server-path "report-ls"
  "The report-ls executable, as a file name or a command name.
A command name is looked up in the directories of variable `exec-path'."
  :type 'string
  :risky t)

(defcustom report-ls-server-args '("serve")
  "Command-line arguments for `report-ls-server-path'."
  :type '(repeat string)
  :risky t)

(defcustom report-ls-initialization-options nil
  "Settings sent to the server as LSP initializationOptions.
An alist with the keys of .report-ls.toml.  Scalars are dotted
pairs, lists of strings become JSON arrays, nested alists become
JSON objects.  Keys may be symbols or strings.  For example:

  ((locale . \"zh\")
   (debounce . 300)
   (rules (term-undefined . \"off\") (stale-year . \"error\"))
   (glossary (\"三新一高\" . \"新发展阶段、新发展理念、新发展格局…\"))
   (files (include \"**/*.txt\" \"**/*.md\") (exclude \"archive/**\"))
   (terms (known \"三区三线\")))

Keys left out are taken from the project's .report-ls.toml, then
from the server's defaults.  Changes apply when the server is
next started (\\[eglot-reconnect])."
  :type '(alist :key-type (choice symbol string) :value-type sexp)
  :safe #'listp)

(defcustom report-ls-major-modes
  '((markdown-ts-mode :language-id "markdown")
    (gfm-mode :language-id "markdown")
    (markdown-mode :language-id "markdown")
    (text-mode :language-id "plaintext"))
  "Major modes for which Eglot starts report-ls.
Each element is a mode or (MODE :language-id ID), as in
`eglot-server-programs'.  Eglot also matches modes derived from
these, taking the first that matches, so list a mode before the
modes it derives from (`markdown-mode' derives from `text-mode').
Set this before report-ls is loaded, or call `report-ls-eglot-setup'
after changing it."
  :type '(repeat (choice symbol (list symbol (const :language-id) string))))

(defun report-ls--key (key)
  "KEY of an alist or plist as a JSON object key."
  (cond ((keywordp key) (substring (symbol-name key) 1))
        ((symbolp key) (symbol-name key))
        (t key)))

(defun report-ls--alist-p (value)
  "Non-nil if VALUE is a non-empty alist with symbol or string keys."
  (and (consp value)
       (cl-every (lambda (entry)
                   (and (consp entry)
                        (or (symbolp (car entry)) (stringp (car entry)))))
                 value)))

(defun report-ls--json (value)
  "Convert VALUE, an alist as in `report-ls-initialization-options', to JSON.
Objects become hash tables with string keys and lists of scalars
become vectors, which both `json-serialize' and `json-encode'
write unambiguously.  An alist entry whose value is nil is left
out."
  (cond
   ((hash-table-p value) value)
   ((and (consp value) (keywordp (car value)))   ; a plist
    (let ((table (make-hash-table :test #'equal)))
      (cl-loop for (k v) on value by #'cddr
               unless (null v)
               do (puthash (report-ls--key k) (report-ls--json v) table))
      table))
   ((report-ls--alist-p value)
    (let ((table (make-hash-table :test #'equal)))
      (dolist (entry value)
        (unless (null (cdr entry))
          (puthash (report-ls--key (car entry))
                   (report-ls--json (cdr entry))
                   table)))
      table))
   ((consp value) (vconcat (mapcar #'report-ls--json value)))
   ((vectorp value) (vconcat (mapcar #'report-ls--json value)))
   (t value)))

(defun report-ls--initialization-options (&optional _server)
  "The initializationOptions: `report-ls-initialization-options' as JSON."
  (let ((options (report-ls--json report-ls-initialization-options)))
    (if (hash-table-p options)
        options
      ;; nil (nothing set) is sent as {}, not null.
      (make-hash-table :test #'equal))))

(defun report-ls--contact (&optional _interactive _project)
  "The Eglot contact for report-ls: program, arguments, initializationOptions."
  (append (list report-ls-server-path)
          report-ls-server-args
          (list :initializationOptions #'report-ls--initialization-options)))

;;;###autoload
(defun report-ls-eglot-setup ()
  "Register report-ls in `eglot-server-programs' for `report-ls-major-modes'.
The entry goes first, ahead of other servers for the same modes (such
as marksman for Markdown); Eglot runs one server per buffer."
  (interactive)
  (require 'eglot)
  (setq eglot-server-programs
        (cons (cons report-ls-major-modes #'report-ls--contact)
              (cl-remove #'report-ls--contact eglot-server-programs
                         :key #'cdr))))

;;;###autoload
(defun report-ls-eglot-ensure ()
  "Start report-ls through Eglot in this buffer if it is plain text or Markdown.
Meant for `text-mode-hook' and `markdown-mode-hook'.  Modes that
merely derive from `text-mode' (Org, LaTeX, ...) are left alone."
  (when (or (eq major-mode 'text-mode)
            (derived-mode-p 'markdown-mode)
            (eq major-mode 'markdown-ts-mode))
    (require 'eglot)
    (eglot-ensure)))

;; Register as soon as Eglot is loaded.  The autoloads file gets a copy of
;; this form, so the entry is there even before this file is loaded
;; (`report-ls-eglot-setup' is autoloaded); running it twice is harmless.
;;;###autoload
(with-eval-after-load 'eglot
  (report-ls-eglot-setup))

(provide 'report-ls)

;;; report-ls.el ends here
