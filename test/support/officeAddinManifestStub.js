// Stands in for office-addin-manifest inside jest: office-addin-mock only needs the OfficeApp enum.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
