# Second batch (x*): sexual.suggestive.  Sexualised but not explicit:
# hookup and affair apps, sugar dating, innuendo-driven product ads,
# lingerie sold with sexual framing, strip clubs, boudoir with sexual
# framing, ED pills with sexual framing, "spicy" creator promos.
DATA = r"""
@ vertical=dating lang=en
Bored Tonight? She Is Too | 14 women within 2 miles are online and looking for company. No profile needed. | sug
Skip Dinner, Skip the Small Talk | Matches who want the same thing you do, tonight. Verified adults only. | sug
Married but Still Curious? | The discreet app for people whose spouses don't need to know. First month free. | sug
~Curious and Committed? | Discreet app for married people who want a little more. First month free. | sug
Lonely Business Traveller? | Find company in any hotel city. Our members know how to keep a secret. | sug
Date a Generous Man | Sugar babies get allowances, trips and designer gifts. Sign up with a photo. | sug
~Generous Gentlemen Waiting | Allowances from $2,000 a month for the right companion. Apply with a photo. | sug
Tutor by Day, Sugar Baby by Night | Students pay off loans the fun way. Meet mentors who spoil you. | sug
Cougars Want Younger Men | Confident women over 40 looking for a toy boy this weekend. | sug
One Night, No Names | Anonymous meetups for adults who know what they want. Delete the chat after. | sug
Swipe Right for Tonight Only | The app where nobody wants a relationship. Premium unlocks photos she only shows members. | sug
Nurses Near You Are Off Shift | And they're looking for someone to help them unwind. Chat free. | sug
Your Ex Has Moved On. Have You? | Rebound with someone hot tonight. 3 free messages. | sug
Hall Pass Weekend | Couples giving each other a free pass meet here. Discreet and private. | sug
@ vertical=retail_fashion lang=en
He Won't Make It Past the Door | Sheer bodysuits designed to be taken off slowly. Free shipping. | sug
Lace That Does the Talking | Crotchless-inspired cuts and peekaboo panels for a very private party. | sug
Wear Almost Nothing | Micro bikini so tiny your neighbours will complain. Tie sides, no lining. | sug
Undress Him With Your Eyes | Men's underwear that leaves very little to guess. Pouch front, see-through mesh. | sug
Unwrap Me Set | Ribbon-tie lingerie that unties with one pull. The only gift he wants this year. | sug
Bedroom Uniform Collection | Secretary, maid and cop roleplay sets for grown-up games. | sug
@ vertical=photography lang=en
Boudoir Shoot: Make Him Sweat | Give him photos he shouldn't open at work. Sheets, lace and nothing else. | sug
~Boudoir Sessions for His Eyes Only | Photos he shouldn't open at the office. Lace, sheets and not much else. | sug
Spicy Couples Photo Session | Intimate shots for the two of you, as risqué as you dare. | sug
@ vertical=entertainment lang=en
Gentlemen's Club: Lap Dance Tuesdays | Two-for-one dances before midnight. 200 entertainers, one very private room. | sug
Male Revue Ladies' Night | Oiled-up dancers, front-row seats and dollar bills. Bachelorette packages. | sug
Burlesque After Dark: Extra Naughty Edition | The late show where the costumes come off. 21+. | sug, alc
Pole Party at Your Place | Our dancers bring the pole and the heat. Bachelor parties from $299. | sug
Adult Comedy Hypnosis | Watch volunteers do the naughtiest things on stage. Not for prudes. | sug
@ vertical=pharma lang=en
Rise to Every Occasion | Generic Viagra from $2 a pill. Surprise her tonight. Online consult in minutes. | rx, sug
Make Her Scream Your Name | ED tablets shipped discreetly. Prescriber approval online, no waiting room. | rx, sug
Weekend Pill, Weekend Plans | Tadalafil lasts 36 hours, so Friday night can last until Sunday. | rx, sug
@ vertical=food_beverage lang=en
Spread It, Lick It, Love It | Chocolate body paint. Do we need to say more? 3 flavours. | sug
Aphrodisiac Oysters Kit | Slurp, sip and see where the night goes. Delivered on ice. | sug
@ vertical=mobile_apps lang=en
Undress AI | See anyone in a bikini or less. Upload any photo. | sug
Spicy Chat AI Girlfriend | She flirts, sends pics and never says no. Unlock NSFW mode. | sug
Confess Your Fantasies | Anonymous app where adults share their wildest bedroom secrets. | sug
Rate My Body | Post selfies, get rated by strangers, trade DMs with the hottest. | sug
@ vertical=media lang=en
Creator Spotlight: Lexi | Her spicy page just dropped 40 new sets. Link in bio, 50% off this week. | sug
Instagram Won't Let Her Post This | See the pics that got her banned. Free preview. | sug, cb
Bikini Barista Drive-Thru | Hot coffee served by hotter baristas in bikinis. Open 5am. | sug
Sexy Car Wash Fundraiser | Girls in tiny shorts washing your car. $20, tips encouraged. | sug
Hot Tub Party: Clothing Optional | Members-only pool party for open-minded adults. Bring a towel, or don't. | sug
@ vertical=beauty lang=en
Lips He Can't Stop Thinking About | Plumping gloss that makes him wonder what else you can do. | sug
Scent That Gets You Taken Home | Pheromone perfume: one spray and she's yours tonight. | sug, hc
@ vertical=travel lang=en
Adults-Only Resort: Anything Goes | Nude beach, playroom and a lifestyle bar. Couples and single ladies. | sug
Bachelor Weekend: Prague Nights | Strip club crawl, VIP booths and private dancers in your suite. | sug
@ vertical=dating lang=en tricky=1
L0nely w1ves online 😏 | They're bored, their husbands are away. Say hi first. | sug
S u g a r d a d d y wanted 💸 | Students, get your rent paid by someone who appreciates you. | sug
DTF? 🍆🍑 | Find someone nearby who's down for fun tonight. 100% discreet. | sug
Sp1cy singles near y0u | Don't waste the weekend alone. Free tokens for new members. | sug
N-S-F-W date night 🔥 | Women near you want to send you something special. | sug
🍒 Arrangement app 🍒 | Mutually beneficial dating. Gentlemen verified, ladies get allowance. | sug
h00kups in ur area rn | 2.4 km away. She's typing... | sug
Netflix & ch1ll finder | Netflix optional. Find someone to come over tonight. | sug
🔥 ur crush has a secret account 🔥 | See the spicy side of people you know. | sug, cb
@ vertical=dating lang=es
Solteras Atrevidas Cerca de Ti | Mujeres que buscan algo rápido esta noche. Sin compromiso, totalmente discreto. | sug
@ vertical=dating lang=fr
Infidèles et Discrets | Le site des rencontres extraconjugales. Inscription gratuite pour les femmes. | sug
@ vertical=dating lang=de
Heiße Nachbarinnen | Frauen aus deiner Stadt wollen heute Abend Spaß. Kostenlos anmelden. | sug
@ vertical=retail_fashion lang=it
Lingerie da Togliere | Completini trasparenti pensati per durare pochi secondi addosso. | sug
@ vertical=dating lang=pt
Papai Generoso Procura | Universitárias, tenham a mesada que merecem. Encontros discretos. | sug
"""
