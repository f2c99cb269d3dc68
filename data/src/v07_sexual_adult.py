# Violations: sexual.explicit, sexual.suggestive, regulated.adult_products.
# Kept non-graphic; phrased as the spammy ads moderation teams see.
DATA = r"""
@ vertical=adult lang=en
Sex Toys Up to 50% Off | Vibrators, couples toys and more. Discreet packaging, free shipping. | adl
~Discreet Pleasure Shop | Vibrators and couples toys shipped in plain boxes. Up to 50% off. | adl
Adult Store Grand Opening | Toys, lingerie and novelties. 18+ only. | adl
Couples Toy Bundle | Spice up date night with our bestselling couples set. | adl, sug
Lube Variety Pack | Water-based, silicone and warming lubricants. 3-pack $19. | adl
Condoms in Bulk | Ribbed, thin and flavored condoms. 100-pack $29. | adl
Adult Webcam Site | Thousands of models live now. Free to join, 18+. | adl, sx
Premium Adult Videos | Stream 50,000 uncensored scenes. First month $1. | adl, sx
~Uncensored Adult Streaming | 50K scenes in 4K. Try a month for $1. | adl, sx
Erotic Massage Parlor | Full-body sensual massage with happy endings. Open late. | sx, adl
Escorts Available Tonight | Discreet companions for dinner and more. Outcall in 30 min. | sx, adl
~Companions Tonight | Beautiful girls available for dinner dates and private time. Outcall. | sx, adl
Sugar Daddy Dating | Generous men meet beautiful young women. Arrangements made easy. | sug, adl
Strip Club VIP Night | Private dances, bottle service, 100 dancers. Free entry before 10. | sug, alc
Bondage Gear | Restraints, blindfolds and kink starter kits. Ships discreetly. | adl, sug
Adult Novelty Party | Host a toy party at home. Hostess gets free products. | adl
Male Enhancement Device | Pump that adds inches permanently. Clinically proven. | adl, hc
Sexual Stamina Pills | Herbal pills that make you last 3x longer in bed. | adl, hc, sug
Realistic Love Dolls | Life-size companion dolls. Financing available. | adl, sug
Explicit Chat Line | Talk dirty with real women, $1.99 a minute. | sx, adl
OnlyFans Creator Promo | Exclusive spicy content from top creators. Link in bio. | sug, adl
Sexy Lingerie for Tonight | Barely-there lace sets that leave nothing to the imagination. | sug
Naughty Nurse Costume | Sexy costume for adults. Includes stockings and garter. | sug
Hot Singles in Your Area | Lonely women near you want to meet tonight. Sign up free. | sug
~Local Singles Want to Chat | Women near you are waiting. Free to join, meet tonight. | sug
Hookups Tonight, No Strings | Skip the small talk. Find casual encounters near you. | sug
Married and Bored? | Discreet affairs for married people. Join millions. | sug
Send Nudes App | Private photo sharing that disappears. No screenshots. | sug
Get Laid This Weekend | Our pickup course guarantees results or your money back. | sug
Spicy Dice for Couples | Position dice and kinky card games for date night. | adl, sug
Adult Toy Subscription | A new toy every month, curated for you. | adl
Intimate Wellness Gels | Arousal gel that heightens sensation. | adl
Vibrating Panties | Remote-controlled pleasure for adventurous couples. | adl, sug
XXX Movies On Demand | Hardcore films delivered to your TV. | sx, adl
Live Nude Cams | Watch live performers strip for you. Free tokens for new members. | sx, adl
Horny Housewives Waiting | Chat with real horny women in your neighborhood. | sx
Erotic Audio Stories | Steamy stories for women. First week free. | sug
Fetish Marketplace | Buy used items from verified sellers. 18+ only. | sx, adl
Adult Dating: Milfs Near You | Mature women looking for fun tonight. | sug
Pole Dance Party? Not That Kind. Or Is It? | Private pole shows for bachelor parties. | sug
Sensual Massage Oil | Warming massage oil for couples' nights in. | adl, sug
Swingers Club Membership | Meet open-minded couples. Party every Saturday. | sx, adl
Bachelorette Party Toys | Inflatable novelties, penis straws and naughty games. | adl, sug
Private Photos of Her | She sent these by accident. See them before they're deleted. | sug, cb
Men, Last Longer Tonight | Delay spray for better sex. Discreet shipping. | adl, sug
Full Service Spa | New masseuses every week, full service, table shower. | sx, adl
Boudoir Shoot: Show Him What He's Missing | Lingerie and nude photography sessions. | sug
Sex Positions Guide | 100 illustrated positions to try tonight. Instant download. | sx
Cheating Wives Revealed | See which wives in your area are looking for fun. | sug, cb
Lingerie Try-On Videos | Models try on sheer lingerie live. Subscribe for more. | sug
Adult Superstore | Toys, DVDs and novelties. Open 24 hours off Exit 12. | adl
"""
