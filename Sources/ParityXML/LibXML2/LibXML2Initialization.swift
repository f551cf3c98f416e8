import CLibXML2

/// Initialises libxml2 exactly once per process, the first time any parser
/// in this module needs it. Read it (`_ = libXML2Initialized`) before calling libxml2.
let libXML2Initialized: Void = {
    xmlInitParser()
}()
