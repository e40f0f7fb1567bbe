/// The Type of Cluster:
/// * `idn` - IDN VA type
/// * `iai` - IAI harvester VA
/// * `spConnectCluster` - Saas 2.0 connector cluster (this should be one per org)
/// * `sqsCluster` - This should be unused
/// * `das-rc` - Data Access Security Resources Collector
/// * `das-pc` - Data Access Security Permissions Collector
/// * `das-dc` - Data Access Security Data Classification Collector
/// * `pag` - Privilege Action Gateway VA
/// * `das-am` - Data Access Security Activity Monitor
/// * `standard` - Standard Cluster type for running multiple products
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterTypes {
    /// `idn`
    Idn,
    /// `iai`
    Iai,
    /// `spConnectCluster`
    SpConnectCluster,
    /// `sqsCluster`
    SqsCluster,
    /// `das-rc`
    DasRc,
    /// `das-pc`
    DasPc,
    /// `das-dc`
    DasDc,
    /// `pag`
    Pag,
    /// `das-am`
    DasAm,
    /// `standard`
    Standard,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterTypes {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Idn => "idn",
            Self::Iai => "iai",
            Self::SpConnectCluster => "spConnectCluster",
            Self::SqsCluster => "sqsCluster",
            Self::DasRc => "das-rc",
            Self::DasPc => "das-pc",
            Self::DasDc => "das-dc",
            Self::Pag => "pag",
            Self::DasAm => "das-am",
            Self::Standard => "standard",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClusterTypes {
    fn from(value: &str) -> Self {
        match value {
            "idn" => Self::Idn,
            "iai" => Self::Iai,
            "spConnectCluster" => Self::SpConnectCluster,
            "sqsCluster" => Self::SqsCluster,
            "das-rc" => Self::DasRc,
            "das-pc" => Self::DasPc,
            "das-dc" => Self::DasDc,
            "pag" => Self::Pag,
            "das-am" => Self::DasAm,
            "standard" => Self::Standard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClusterTypes);
