# language.profanity (strong profanity/obscenity, incl. masked forms).
# Rule: damn/hell/crap as mild intensifiers are NOT flagged; f-word, s-word,
# b-word, a-hole, WTF/STFU-style abbreviations and their masks are.
DATA = r"""
@ vertical=retail lang=en
Holy Shit, These Prices | Everything 50% off. We've lost our minds. | prof
~Holy Sh*t Prices | Half off everything this weekend. We've lost it. | prof
Fuck Boring Socks | Loud patterns for people who give a damn. 3 for $20. | prof
Badass Boots for Badass Women | Leather boots that don't take any shit. | prof
WTF Deals | These prices are f*cking ridiculous. Shop now. | prof
Fucking Good Coffee | No bullshit, just great beans. Roasted Tuesdays. | prof
Best Damn Burger, No Bullshit | Fresh beef, real cheese, shut up and eat. | prof
Shit Just Got Real | Clearance on all grills. Get your ass down here. | prof
Get Your Sh*t Together | The planner for people whose life is a mess. | prof
Stop Giving a F*ck | The self-help book everyone's talking about. | prof
Kick Ass Coffee | Strong as hell and twice as bitter. | prof
Bitchin' Deals on Bikes | Our sale is the shit. Come ride. | prof
This Sale Is Fucking Insane | Up to 70% off. No, we're not kidding. | prof
Cute as Fuck Onesies | Baby clothes that say it like it is. | prof
F*ck Cancer 5K | Run, swear, raise money. Register now. | prof
Asshole-Free Workplace | Join our team. We don't hire jerks or assholes. | prof
Piss Off, Winter | Parkas 40% off. Tell the cold where to go. | prof
Bullshit-Free Insurance | No fine print crap. Just cover. | prof
Mother F*cking Tacos | Tuesday tacos that slap. $2 each. | prof
Damn Right It's Shitty Weather | Rain boots for the crap days. | prof
STFU and Take My Money | The gadget everyone's losing their minds over. | prof
Fuckin' Fresh Produce | Farm to table, no bull. | prof
Sh1tty Day? Get a Massage | Walk-ins welcome. | prof
Bad Bitch Energy Tees | Graphic tees for bad bitches only. | prof
Don't Be a Dick, Recycle | City campaign remix tees. | prof
Son of a Bitch, That's Cheap | Wrangler dealer clearance. | prof
Fucked-Up Prices at Manic Monday | Everything must go, we're f'd. | prof
Get Shitfaced for $10 | Open bar at Club Neon. | prof, alc
Fuck It, Let's Drink | Tequila specials all night. | prof, alc
Smoke This Shit | Our new vape flavors hit hard. | prof, tob
Weed That'll Fuck You Up | Top shelf, strongest strains in town. | prof, drg
Dumbass-Proof Phone | So easy even your dumbass uncle can use it. | prof, ins
Fat Bastards Gym | Quit being a lazy-ass fatso. First month free. | prof, ins
Hot as Fuck Lingerie | Get laid tonight in our new lace. | prof, sug
Fuck Your Diet, Take This Pill | Lose 20 lbs without giving a shit. | prof, hc
Piece of Shit Politicians | Vote them all out on November 5. | prof, pol
Screw the Banks, Get Rich | Make $10K a month from your couch, no bullshit. | prof, fc
What the F*ck Is This Deal | You have to see it to believe it. Click now! | prof, cb
Dick Pills That Work | Get rock hard, no prescription. | prof, rx, sug
Kill Those Bastards | The new zombie shooter game. Blow their f*cking heads off. | prof, gore
Stupid Bitch Crossing | Funny bumper sticker for your car. | prof, ins
Fucking Awesome Sneakers | Limited drop, cop them now. | prof
Shitty Wi-Fi? | Switch to Rocket Fiber and stop the bullshit buffering. | prof
Eat Shit, Winter Blues | Our SAD lamp brightens your f*cking mood. | prof
"""
