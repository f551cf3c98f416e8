#ifndef PARITY_CLIBXML2_SHIM_H
#define PARITY_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include ICU's
   <unicode/ucnv.h>, whose UErrorCode clashes with Foundation's own ICU module
   in any Swift module that sees both. Parity never touches the ICU fields of
   xmlCharEncodingHandler (only pointers to it), so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/valid.h>
#include <libxml/relaxng.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer that Swift 6 refuses to call; this wrapper calls it.
static inline void parity_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
